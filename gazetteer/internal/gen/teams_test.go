package main

import (
	"io"
	"slices"
	"strings"
	"testing"
)

// TestTeamLeagues holds curated/teams.tsv to whole leagues: each league's
// count of teams in its 2019-20 season (MLS: the 26 of 2020, the 24 of
// 2019 and Nashville SC and Inter Miami CF).
func TestTeamLeagues(t *testing.T) {
	rows, err := readTeams()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{"MLB": 30, "NBA": 30, "NFL": 32, "NHL": 31, "MLS": 26, "WNBA": 12,
		"EuroLeague": 18, "BSL": 16, "Sultanlar Ligi": 12, "Efeler Ligi": 12, "Serie A1": 14,
		"CEV Women's Champions League": 13, "Premiership": 12, "Pro14": 14, "Top 14": 14, "Super Rugby": 15}
	have := map[string]int{}
	for _, r := range rows {
		have[r.league]++
	}
	checkCounts(t, "teams", have, want)
}

// TestTeamNicknamesTable keeps the nicknames that are words, places or
// names two teams share out of the table (its header says why).
func TestTeamNicknamesTable(t *testing.T) {
	rows, err := readTeams()
	if err != nil {
		t.Fatal(err)
	}
	unsafe := map[string]bool{}
	for _, w := range strings.Fields("Giants Cardinals Rangers Kings Jets Heat Magic Jazz Thunder Rockies Nationals " +
		"Warriors Wizards Pistons Patriots Panthers Blues Chiefs Sharks Lions Bulls Reds Royals Twins Cubs Tigers " +
		"Angels Pirates Rays Braves Indians Athletics Suns Nets Bucks Spurs Hawks Wild Stars Devils Kings Хит Бакс Джайентс") {
		unsafe[w] = true
	}
	// Turkish-only nicknames may be English words, but not another team's
	// or another kind's nickname, a demonym, or an English word Turkish
	// news quotes in titles.
	unsafeTr := map[string]bool{}
	for _, w := range strings.Fields("Giants Cardinals Rangers Kings Jets Panthers Warriors Spurs Lions Saints Eagles " +
		"Sharks Blues Magic Texans Islanders Heat Jazz Thunder Stars Wild Lightning Avalanche Chiefs Capitals Senators Flyers") {
		unsafeTr[w] = true
	}
	trOnly := 0
	for _, r := range rows {
		for _, n := range slices.Concat(r.short, r.shortRu) {
			if unsafe[n] {
				t.Errorf("%s: unsafe nickname %q", r.en[0], n)
			}
		}
		for _, n := range r.shortTr {
			trOnly++
			if unsafeTr[n] || slices.Contains(r.short, n) {
				t.Errorf("%s: unsafe or redundant Turkish nickname %q", r.en[0], n)
			}
		}
	}
	if trOnly < 40 {
		t.Errorf("%d Turkish-only nicknames, want the four North American leagues' (at least 40)", trOnly)
	}
}

// TestTeamNicknames checks the rules addTeamNicknames applies to the
// table's nicknames: a place, a given name or another entry's name is
// dropped; a distinct one is kept in English and Turkish (or Russian); a
// Turkish-only one in Turkish, unless a Turkish word.
func TestTeamNicknames(t *testing.T) {
	city := newEntry("geonames:1", "LOCATION", "city", 0.5)
	city.addName("en", "Denver")
	other := newEntry("varlik:org:x", "ORGANIZATION", "company", 0.7)
	other.addName("en", "Eagles")
	a := newEntry("varlik:org:a", "ORGANIZATION", "club", 0)
	b := newEntry("varlik:org:b", "ORGANIZATION", "club", 0)
	g := gazetteerOf(t, city, other, a, b)
	rows := []teamRow{
		{short: []string{"Dodgers", "Denver", "Eagles", "Jordan", "Kings"}, shortRu: []string{"Доджерс"},
			shortTr: []string{"Nationals", "Kartal"}},
		{short: []string{"Kings"}},
	}
	lx := &lexicon{given: map[string]bool{foldKey("Jordan"): true}, turkish: map[string]bool{foldKey("Kartal"): true}}
	kept, dropped := addTeamNicknames(g, rows, []*entry{a, b}, lx, io.Discard)
	if kept != 3 || dropped != 6 {
		t.Errorf("kept %d, dropped %d; want 3, 6", kept, dropped)
	}
	if got := strings.Join(a.names["en"], "|") + ";" + strings.Join(a.names["tr"], "|") + ";" + strings.Join(a.names["ru"], "|"); got != "Dodgers;Dodgers|Nationals;Доджерс" {
		t.Errorf("a's names %q", got)
	}
	if len(b.names) != 0 {
		t.Errorf("b's names %v, want none (Kings is two teams')", b.names)
	}
}

// TestTeamsInGazetteer reads the generated gazetteer: every team of the
// table is one club entry for its names in all three languages, the
// Turkish clubs' teams are their football club's entry, and no team
// entry is named by a place's name.
func TestTeamsInGazetteer(t *testing.T) {
	rows := loadDefault(t)
	byName := map[string][]string{} // lang + folded name → club IDs
	places := map[string]bool{}
	for id, r := range rows {
		for _, ln := range strings.Split(r[4], ";") {
			lang, ns, _ := strings.Cut(ln, "=")
			for _, n := range strings.Split(ns, "|") {
				switch {
				case r[1] == "LOCATION":
					places[foldKey(n)] = true
				case r[2] == "club" && !slices.Contains(byName[lang+":"+foldKey(n)], id):
					// one ID a key: Beşiktaş JK and its ASCII spelling fold alike
					byName[lang+":"+foldKey(n)] = append(byName[lang+":"+foldKey(n)], id)
				}
			}
		}
	}
	teams, err := readTeams()
	if err != nil {
		t.Fatal(err)
	}
	for _, tm := range teams {
		ids := map[string]bool{}
		for lang, ns := range map[string][]string{"en": tm.en, "tr": tm.tr, "ru": tm.ru} {
			for _, n := range ns {
				if places[foldKey(n)] {
					t.Errorf("%s: %s name %q is a place's", tm.en[0], lang, n)
				}
				for _, id := range byName[lang+":"+foldKey(n)] {
					if strings.Contains(rows[id][5], "source=") && strings.Contains(rows[id][5], "curated") {
						ids[id] = true
					}
				}
			}
		}
		if len(ids) != 1 {
			t.Errorf("%s: names on %d curated clubs %v, want one", tm.en[0], len(ids), ids)
		}
	}
	for name, id := range map[string]string{"tr:fenerbahcebeko": "varlik:org:fenerbahce", "tr:galatasarayhdisigorta": "varlik:org:galatasaray",
		"en:besiktassompojapan": "varlik:org:besiktas", "tr:anadoluefes": "varlik:org:anadolu-efes", "en:realmadridbaloncesto": "varlik:org:real-madrid",
		"en:losangelesdodgers": "varlik:org:los-angeles-dodgers", "ru:лосанджелесдоджерс": "varlik:org:los-angeles-dodgers", "en:dodgers": "varlik:org:los-angeles-dodgers",
		"en:montrealimpact": "varlik:org:cf-montreal", "en:dynamomoscow": "varlik:org:dynamo-moskva"} {
		if got := byName[name]; len(got) != 1 || got[0] != id {
			t.Errorf("%s: clubs %v, want %s", name, got, id)
		}
	}
}
