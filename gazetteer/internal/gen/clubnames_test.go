package main

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestClubNameGroups holds curated/clubnames.tsv to its set: each 2019-20
// league whole, the group stages' other clubs, Brazil's twelve and
// Argentina's ten.
func TestClubNameGroups(t *testing.T) {
	rows, err := readClubNames()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{"Premier League": 20, "La Liga": 20, "Bundesliga": 18, "Serie A": 20, "Ligue 1": 20,
		"Primeira Liga": 18, "Eredivisie": 18, "Russian Premier League": 16, "Belgian First Division A": 16,
		"Ukrainian Premier League": 12, "Scottish Premiership": 12, "Austrian Bundesliga": 12,
		"Swiss Super League": 10, "Super League Greece": 14, "Champions League": 3, "Europa League": 12,
		"Brazil": 12, "Argentina": 10}
	have := map[string]int{}
	clubs := map[string]bool{}
	for _, r := range rows {
		have[r.group]++
		if k := r.country + "|" + r.club; clubs[k] {
			t.Errorf("%s listed twice", k)
		} else {
			clubs[k] = true
		}
	}
	checkCounts(t, "clubs", have, want)
}

// TestAddClubNames checks that a row merges into the club of its name
// and country, keeping its ID, that a row the gazetteer has no club for
// adds one, and that each rule of clubnames.go leaves out its names.
func TestAddClubNames(t *testing.T) {
	fr := newEntry("Q142", "LOCATION", "country", 0.95)
	nl := newEntry("Q55", "LOCATION", "country", 0.95)
	countries := map[string]*country{"FR": {iso2: "FR", entry: fr}, "NL": {iso2: "NL", entry: nl}}
	lyon := newEntry("geonames:1", "LOCATION", "city", 0.5)
	lyon.addName("en", "Lyon") // no Russian name: Лион is its transcription
	lyon.attrs["country"] = "Q142"
	club := newEntry("varlik:org:olympique-lyonnais", "ORGANIZATION", "club", 0)
	club.addName("en", "Olympique Lyonnais")
	club.addName("ru", "Олимпик Лион")
	club.attrs["country"] = "Q142"
	club.attrs["source"] = "openfootball"
	other := newEntry("varlik:org:olympique-lyonnais-2", "ORGANIZATION", "club", 0) // same name, another country
	other.addName("en", "Olympique Lyonnais")
	other.attrs["country"] = "Q55"
	bayer := newEntry("varlik:org:bayer", "ORGANIZATION", "company", 0.7)
	bayer.addName("en", "Bayer")
	brown := newEntry("varlik:per:brown", "PERSON", "politician", 0.6)
	brown.addName("en", "Gordon Brown")
	g := gazetteerOf(t, fr, nl, lyon, club, other, bayer, brown)
	rows := []clubNameRow{
		{group: "Ligue 1", country: "FR", club: "Olympique Lyonnais",
			short: []string{"Lyon", "OL", "Jordan", "Kent", "Acar", "Brown", "Bayer", "Gones", "Les Gones", "Olympique Lyonnais"},
			tr:    []string{"Olimpik Lyon"}, ru: []string{"Лион", "Олимпик Лион", "Ахмат", "Лионцы"}},
		{group: "Eredivisie", country: "NL", club: "Ajax Amsterdam", short: []string{"Ajax", "Gones"}, ru: []string{"Аякс"}},
	}
	lx := &lexicon{turkish: map[string]bool{"kent": true}, given: map[string]bool{"jordan": true},
		surname: map[string]bool{"acar": true}}
	ruGivenNames[ruKey("Ахмат")] = true
	defer delete(ruGivenNames, ruKey("Ахмат"))
	var log strings.Builder
	if err := addClubNames(g, rows, countries, lx, turkishFreq{}, &log); err != nil {
		t.Fatal(err)
	}
	if g.byID["varlik:org:olympique-lyonnais"] != club || club.attrs["source"] != "openfootball,curated" {
		t.Errorf("row not merged into its club: source %q", club.attrs["source"])
	}
	ajax := g.byID["varlik:org:ajax-amsterdam"]
	if ajax == nil || ajax.attrs["country"] != "Q55" || ajax.attrs["source"] != "curated" {
		t.Fatalf("no club added for a row without one: %v", ajax)
	}
	if len(other.names["en"]) != 1 || other.has("tr") {
		t.Errorf("the other country's club took names: %v", other.names)
	}
	for _, c := range []struct {
		e          *entry
		lang, name string
		why        string // "": kept
	}{
		{club, "en", "Lyon", "a place"},
		{club, "en", "OL", ""},
		{club, "tr", "OL", ""},
		{club, "en", "Jordan", "a given name"},
		{club, "en", "Kent", "a Turkish word"},
		{club, "en", "Acar", "a surname"},
		{club, "en", "Brown", "a surname"},
		{club, "en", "Bayer", "another entry's name"},
		{club, "en", "Gones", "another entry's name"}, // two rows list it
		{club, "en", "Les Gones", ""},
		{club, "tr", "Olympique Lyonnais", "another entry's name"}, // English only: checked for Turkish
		{club, "tr", "Olimpik Lyon", ""},
		{club, "ru", "Лион", "a place's Russian name"},
		{club, "ru", "Олимпик Лион", ""},
		{club, "ru", "Ахмат", "a given name"},
		{club, "ru", "Лионцы", ""},
		{ajax, "en", "Ajax Amsterdam", ""},
		{ajax, "tr", "Ajax", ""},
		{ajax, "ru", "Аякс", ""},
	} {
		kept := slices.Contains(c.e.names[c.lang], c.name)
		if c.why == "" && !kept {
			t.Errorf("%s: %s name %q left out", c.e.id, c.lang, c.name)
		}
		if c.why != "" {
			line := fmt.Sprintf("club name left out, %s: %s %q\n", c.why, c.e.id, c.name)
			if kept || !strings.Contains(log.String(), line) {
				t.Errorf("%s: %s name %q kept or not logged as %q", c.e.id, c.lang, c.name, c.why)
			}
		}
	}
}

// TestClubNamesInGazetteer reads the generated gazetteer: every row is
// one club of its country that has kept its ID (openfootball's, or the
// curated Juventus of curated/orgs.tsv) and holds the names the rules let
// through, and a name left out stays off the clubs.
func TestClubNamesInGazetteer(t *testing.T) {
	rows := loadDefault(t)
	byName := orgsByName(rows)
	for name, want := range map[string]string{"en:psv": "varlik:org:psv-eindhoven", "tr:psv": "varlik:org:psv-eindhoven",
		"en:benfica": "varlik:org:sl-benfica", "ru:бенфика": "varlik:org:sl-benfica", "en:celtic": "varlik:org:celtic-fc",
		"en:gladbach": "varlik:org:borussia-m-gladbach", "en:spurs": "varlik:org:tottenham-hotspur-fc",
		"en:wolves": "varlik:org:wolverhampton-wanderers-fc", "en:juve": "varlik:org:juventus",
		"en:anderlecht": "varlik:org:rsc-anderlecht", "en:villarreal": "varlik:org:villarreal-cf", "en:schalke": "varlik:org:fc-schalke-04",
		"en:rosenborg": "varlik:org:rosenborg-bk", "ru:аякс": "varlik:org:ajax-amsterdam", "ru:спартакмосква": "varlik:org:spartak-moscow",
		"tr:bayernmunih": "varlik:org:bayern-munich", "tr:sahtardonetsk": "varlik:org:fc-shakhtar-donetsk", "ru:локомотив": "varlik:org:lokomotiv-moskva"} {
		if got := byName[foldName(name)]; len(got) != 1 || got[0] != want {
			t.Errorf("%s: %v, want %s", name, got, want)
		}
	}
	for _, name := range []string{"en:lyon", "en:porto", "en:basel", "en:ajax", "en:hertha", "ru:краснодар", "en:partizan"} {
		if got := byName[foldName(name)]; len(got) > 0 {
			t.Errorf("%s: on %v, want on no organization", name, got)
		}
	}
	table, err := readClubNames()
	if err != nil {
		t.Fatal(err)
	}
	qid := map[string]string{} // ISO code → country ID
	for id, r := range rows {
		if r[2] == "country" {
			for _, a := range strings.Split(r[5], ";") {
				if iso, ok := strings.CutPrefix(a, "iso="); ok {
					qid[iso] = id
				}
			}
		}
	}
	for _, r := range table {
		var ids []string
		for _, id := range byName["en:"+foldKey(r.club)] {
			if rows[id][2] == "club" && strings.Contains(";"+rows[id][5]+";", ";country="+qid[r.country]+";") {
				ids = append(ids, id)
			}
		}
		src := ""
		if len(ids) > 0 {
			src = rows[ids[0]][5]
		}
		switch {
		case len(ids) != 1:
			t.Errorf("%s: clubs %v, want one", r.club, ids)
		case !strings.Contains(src, "curated"):
			t.Errorf("%s: %v not merged (%s)", r.club, ids, src)
		case !strings.Contains(src, "openfootball") && ids[0] != "varlik:org:juventus":
			t.Errorf("%s: %v added, not merged into openfootball's club (%s)", r.club, ids, src)
		}
	}
}

// foldName folds the name part of "lang:name".
func foldName(s string) string {
	lang, n, _ := strings.Cut(s, ":")
	return lang + ":" + foldKey(n)
}
