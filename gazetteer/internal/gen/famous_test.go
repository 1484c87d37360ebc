package main

import (
	"io"
	"slices"
	"strings"
	"testing"
)

// famousSetSizes is how many rows of curated/famous2019.tsv each set has:
// whole sets less the people listed under an earlier set (Federer under
// celebrity100, Osaka, Woods and Zuckerberg under time100, Messi, Ronaldo
// and Salah before the Ballon d'Or) and the rows the header says it left
// out (the golf ranking's unknown twentieth and Adam Scott among them).
var famousSetSizes = map[string]int{
	"oscar91": 17, "oscar92": 22, "globes76": 6, "emmys71": 13, "grammy61": 21, "grammy62": 11, "billboard2019": 3,
	"celebrity100": 46, "time100": 26, "ballondor": 27, "ballondor_women": 20, "atp": 19,
	"wta": 19, "owgr": 17, "f1": 20, "nobel": 58, "time_poy": 9, "religion2019": 14, "billionaires": 53, "ucl2019": 255,
	"media2019": 49, "coaches2019": 138, "sport2019": 62,
}

// TestFamousTable checks curated/famous2019.tsv: the sets' sizes, known
// roles, one row a person (no ID and no name twice), and an English name
// in every row.
func TestFamousTable(t *testing.T) {
	rows, err := readCurated("famous2019.tsv", 5)
	if err != nil {
		t.Fatal(err)
	}
	sizes := map[string]int{}
	ids := map[string]bool{}
	names := map[string]string{}
	for _, r := range rows {
		sizes[r[0]]++
		en := strings.Split(r[3], "|")
		id := slug(en[0])
		if en[0] == "" || ids[id] {
			t.Errorf("row %q: no English name or its ID twice", r)
		}
		ids[id] = true
		if _, ok := famousRoleOf(r[1]); !ok {
			t.Errorf("%s: unknown role %q", id, r[1])
		}
		for _, n := range slices.Concat(strings.Split(r[2], "|"), en, strings.Split(r[4], "|")) {
			if other, ok := names[foldKey(n)]; ok && other != id && n != "" {
				t.Errorf("%s and %s share the name %q", other, id, n)
			}
			names[foldKey(n)] = id
		}
	}
	checkCounts(t, "rows", sizes, famousSetSizes)
}

// TestAddFamous checks addFamous on a small gazetteer: a new person's
// names, subtype and role; a row merging into an office holder of the same
// ID, who keeps the subtype and role; and the names it refuses.
func TestAddFamous(t *testing.T) {
	newPlace := func() *entry {
		e := newEntry("Q1", "LOCATION", "city", 0.5)
		e.addName("en", "Hazard")
		return e
	}
	official := func() *entry {
		e := newEntry("varlik:person:michelle-obama", "PERSON", "official", 0.85)
		e.addName("en", "Michelle Obama")
		e.attrs["role_en"] = "First Lady"
		return e
	}
	freq := turkishFreq{"yıldız": {500, 9000}, "Yıldız": {3000, 900}}
	tests := []struct {
		name    string
		row     []string
		id      string
		want    string // subtype, role_en, source and names, as famousSummary writes them
		wantErr string
	}{
		{"new athlete", []string{"ballondor", "footballer", "Kylian Mbappe|Kylian Mbappé", "Kylian Mbappé|Kylian Mbappe", "Килиан Мбаппе"},
			"varlik:person:kylian-mbappe", "athlete Footballer famous2019 tr=Kylian Mbappe|Kylian Mbappé en=Kylian Mbappé|Kylian Mbappe ru=Килиан Мбаппе", ""},
		{"one-word stage name", []string{"celebrity100", "singer_f", "Rihanna", "Rihanna", "Рианна"},
			"varlik:person:rihanna", "entertainer Singer famous2019 tr=Rihanna en=Rihanna ru=Рианна", ""},
		{"merges into an office holder", []string{"time100", "public_f", "Michelle Obama", "Michelle Obama", "Мишель Обама"},
			"varlik:person:michelle-obama", "official First Lady  tr=Michelle Obama en=Michelle Obama ru=Мишель Обама", ""},
		{"a club's footballer", []string{"ucl2019", "footballer@chelsea", "Mateo Kovačić|Mateo Kovacic", "Mateo Kovačić|Mateo Kovacic", "Матео Ковачич"},
			"varlik:person:mateo-kovacic", "athlete Chelsea footballer famous2019 tr=Mateo Kovačić|Mateo Kovacic en=Mateo Kovačić|Mateo Kovacic ru=Матео Ковачич", ""},
		{"a club's head coach", []string{"ucl2019", "coach@bayern", "Hansi Flick", "Hansi Flick", ""},
			"varlik:person:hansi-flick", "coach Bayern Munich head coach famous2019 tr=Hansi Flick en=Hansi Flick ru=", ""},
		{"an NFL head coach", []string{"coaches2019", "coach_nfl", "Bill Belichick", "Bill Belichick", "Билл Беличик"},
			"varlik:person:bill-belichick", "coach NFL head coach famous2019 tr=Bill Belichick en=Bill Belichick ru=Билл Беличик", ""},
		{"a Süper Lig coach, marked and unmarked", []string{"coaches2019", "coach_superlig", "Şenol Güneş|Senol Gunes", "Şenol Güneş|Senol Gunes", "Шенол Гюнеш"},
			"varlik:person:senol-gunes", "coach Süper Lig head coach famous2019 tr=Şenol Güneş|Senol Gunes en=Şenol Güneş|Senol Gunes ru=Шенол Гюнеш", ""},
		{"a MotoGP rider", []string{"sport2019", "motogp", "Marc Marquez|Marc Márquez", "Marc Márquez|Marc Marquez", "Марк Маркес"},
			"varlik:person:marc-marquez", "athlete MotoGP rider famous2019 tr=Marc Marquez|Marc Márquez en=Marc Márquez|Marc Marquez ru=Марк Маркес", ""},
		{"a director of the Oscars' set", []string{"oscar92", "director", "Bong Joon-ho|Bong Joon Ho", "Bong Joon-ho|Bong Joon Ho", "Пон Джун Хо|Пон Джун-хо"},
			"varlik:person:bong-joon-ho", "entertainer Film director famous2019 tr=Bong Joon-ho|Bong Joon Ho en=Bong Joon-ho|Bong Joon Ho ru=Пон Джун Хо|Пон Джун-хо", ""},
		{"a stage name and the legal name", []string{"grammy61", "rapper", "Donald Glover|Childish Gambino", "Donald Glover|Childish Gambino", "Дональд Гловер|Чайлдиш Гамбино"},
			"varlik:person:donald-glover", "entertainer Rapper famous2019 tr=Donald Glover|Childish Gambino en=Donald Glover|Childish Gambino ru=Дональд Гловер|Чайлдиш Гамбино", ""},
		{"a Russian billionaire, Turkish transliteration first", []string{"billionaires", "business", "Aleksey Mordaşov|Alexey Mordashov|Alexei Mordashov", "Alexey Mordashov|Alexei Mordashov", "Алексей Мордашов"},
			"varlik:person:alexey-mordashov", "business Businessman famous2019 tr=Aleksey Mordaşov|Alexey Mordashov|Alexei Mordashov en=Alexey Mordashov|Alexei Mordashov ru=Алексей Мордашов", ""},
		{"a billionaire with no Russian name", []string{"billionaires", "business", "Joseph Safra", "Joseph Safra", ""},
			"varlik:person:joseph-safra", "business Businessman famous2019 tr=Joseph Safra en=Joseph Safra ru=", ""},
		{"a rapper with no Russian name", []string{"grammy61", "rapper_f", "Cardi B", "Cardi B", ""},
			"varlik:person:cardi-b", "entertainer Rapper famous2019 tr=Cardi B en=Cardi B ru=", ""},
		{"a Nobel laureate, Turkish spelling first", []string{"nobel", "writer_f", "Svetlana Aleksiyeviç|Svetlana Alexievich", "Svetlana Alexievich", "Светлана Алексиевич"},
			"varlik:person:svetlana-alexievich", "public_figure Writer famous2019 tr=Svetlana Aleksiyeviç|Svetlana Alexievich en=Svetlana Alexievich ru=Светлана Алексиевич", ""},
		{"a religious head, role by office", []string{"religion2019", "archbishop_canterbury", "Justin Welby", "Justin Welby", "Джастин Уэлби"},
			"varlik:person:justin-welby", "religious_leader Archbishop of Canterbury famous2019 tr=Justin Welby en=Justin Welby ru=Джастин Уэлби", ""},
		{"a patriarch by his ordinal, English alone", []string{"religion2019", "patriarch_moscow", "", "Kirill I", ""},
			"varlik:person:kirill-i", "religious_leader Patriarch of Moscow and all Rus' famous2019 tr= en=Kirill I ru=", ""},
		{"a news anchor", []string{"media2019", "journalist_f", "Rachel Maddow", "Rachel Maddow", "Рэйчел Мэддоу"},
			"varlik:person:rachel-maddow", "public_figure Journalist famous2019 tr=Rachel Maddow en=Rachel Maddow ru=Рэйчел Мэддоу", ""},
		{"a Turkish anchor, marked and unmarked", []string{"media2019", "journalist", "Cüneyt Özdemir|Cuneyt Ozdemir", "Cüneyt Özdemir|Cuneyt Ozdemir", ""},
			"varlik:person:cuneyt-ozdemir", "public_figure Journalist famous2019 tr=Cüneyt Özdemir|Cuneyt Ozdemir en=Cüneyt Özdemir|Cuneyt Ozdemir ru=", ""},
		{"an unknown club", []string{"ucl2019", "footballer@ajax", "Dusan Tadic", "Dusan Tadic", ""}, "", "", "unknown role"},
		{"an unknown kind at a known club", []string{"ucl2019", "referee@chelsea", "Mike Dean", "Mike Dean", ""}, "", "", "unknown role"},
		{"a place's one-word name", []string{"ballondor", "footballer", "Hazard", "Hazard", ""}, "", "", "also Q1's name"},
		{"a Turkish word", []string{"celebrity100", "singer", "Yıldız", "Yildiz", ""}, "", "", "a Turkish word"},
		{"another entry's name", []string{"ballondor", "footballer", "Eden Hazard", "Eden Hazard|Michelle Obama", ""}, "", "", "also varlik:person:michelle-obama's name"},
		{"unknown role", []string{"atp", "tennis_player", "Rafael Nadal", "Rafael Nadal", ""}, "", "", "unknown role"},
		{"unknown set", []string{"atp2019", "tennis", "Rafael Nadal", "Rafael Nadal", ""}, "", "", "unknown set"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := gazetteerOf(t, newPlace(), official())
			err := addFamous(g, [][]string{tt.row}, freq, io.Discard)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want one saying %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := famousSummary(g.byID[tt.id]); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// famousSummary writes e's subtype, English role, source and names.
func famousSummary(e *entry) string {
	if e == nil {
		return "<no entry>"
	}
	s := e.subtype + " " + e.attrs["role_en"] + " " + e.attrs["source"]
	for _, l := range []string{"tr", "en", "ru"} {
		s += " " + l + "=" + strings.Join(e.names[l], "|")
	}
	return s
}

// TestFamousPrior checks that the table's people rank below the surname
// index's 0.8 (link's surnameMinPrior) while an office holder a row merged
// into keeps the office holder's prior.
func TestFamousPrior(t *testing.T) {
	athlete := newEntry("varlik:person:eden-hazard", "PERSON", "athlete", 0)
	athlete.attrs["source"] = famousSource
	minister := newEntry("varlik:person:m", "PERSON", "minister", 0)
	minister.attrs["source"] = "curated"
	g := gazetteerOf(t, athlete, minister)
	assignPriors(g)
	for _, c := range []struct {
		e    *entry
		want float64
	}{{athlete, priorFamous}, {minister, priorOfficial}} {
		if c.e.prior != c.want {
			t.Errorf("%s: prior %.2f, want %.2f", c.e.id, c.e.prior, c.want)
		}
	}
	if priorFamous >= 0.8 {
		t.Errorf("priorFamous %.2f reaches the surname index's 0.8", priorFamous)
	}
}

// TestFamousRoleOf checks the roles of club keys in all three languages.
func TestFamousRoleOf(t *testing.T) {
	tests := []struct {
		key  string
		want famousRole
	}{
		{"footballer", famousRoles["footballer"]},
		{"footballer@bayern", famousRole{"athlete", "Bayern Münih futbolcusu", "Bayern Munich footballer", "Футболист «Баварии»"}},
		{"coach@realmadrid", famousRole{"coach", "Real Madrid teknik direktörü", "Real Madrid head coach", "Главный тренер мадридского «Реала»"}},
	}
	for _, tt := range tests {
		if got, ok := famousRoleOf(tt.key); !ok || got != tt.want {
			t.Errorf("famousRoleOf(%q) = %v, %v; want %v", tt.key, got, ok, tt.want)
		}
	}
	for _, key := range []string{"", "@chelsea", "footballer@", "coach@ajax", "singer@chelsea"} {
		if _, ok := famousRoleOf(key); ok {
			t.Errorf("famousRoleOf(%q) is a role", key)
		}
	}
}
