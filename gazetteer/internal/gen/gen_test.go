package main

import (
	"os"
	"strings"
	"testing"
)

// loadDefault parses the generated file (gazetteer/data/default.tsv) so
// the test runs from the repository alone.
func loadDefault(t *testing.T) map[string][]string {
	t.Helper()
	b, err := os.ReadFile("../../data/default.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(b), header+"\n") {
		t.Fatalf("generated file does not start with %q", header)
	}
	rows := map[string][]string{}
	for _, l := range strings.Split(string(b), "\n") {
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		c := strings.Split(l, "\t")
		if len(c) != 6 {
			t.Fatalf("want 6 columns: %q", l)
		}
		if _, dup := rows[c[0]]; dup {
			t.Fatalf("duplicate id %s", c[0])
		}
		rows[c[0]] = c
	}
	return rows
}

func TestKnownFacts(t *testing.T) {
	rows := loadDefault(t)
	// find returns the entries of type typ whose names contain names.
	find := func(names, typ string) [][]string {
		var out [][]string
		for _, r := range rows {
			if r[1] == typ && strings.Contains(";"+r[4]+";", names) {
				out = append(out, r)
			}
		}
		return out
	}
	tests := []struct {
		name, names, typ string
		want             []string // substrings of subtype+attrs
	}{
		{"Rusya is RU", ";tr=Rusya|", "LOCATION", []string{"iso=RU"}},
		{"China capital is Pekin", ";tr=Çin|", "LOCATION", []string{"capital=Q956"}},
		{"Pekin is a capital", ";tr=Pekin|Beijing;", "LOCATION", []string{"capital", "country=Q148"}},
		{"Hangzhou in Zhejiang in China", ";tr=Hangzhou;en=Hangzhou;", "LOCATION", []string{"parent=Q16967", "country=Q148"}},
		{"Zhejiang region", ";tr=Zhejiang;", "LOCATION", []string{"region", "country=Q148"}},
		{"Ankara province", ";tr=Ankara|Ankara ili;", "LOCATION", []string{"province", "iso=TR-06"}},
		{"Ankara city", ";tr=Ankara;en=Ankara;", "LOCATION", []string{"capital", "country=Q43"}},
		{"Li Qiang PM of China", ";tr=Li Qiang;", "PERSON", []string{"role=Başbakan", "of=Q148"}},
		{"Mişustin PM of Russia", ";tr=Mihail Mişustin;", "PERSON", []string{"head_of_government", "of=Q159"}},
		{"Erdoğan", ";tr=Recep Tayyip Erdoğan;", "PERSON", []string{"role=Cumhurbaşkanı", "of=Q43"}},
		{"ŞİÖ", ";tr=Şanghay İşbirliği Örgütü|ŞİÖ|Shanghai İşbirliği Örgütü", "ORGANIZATION", []string{"igo"}},
		{"Çankaya district", ";tr=Çankaya;", "LOCATION", []string{"district"}},
		{"Avrupa continent", ";tr=Avrupa|", "LOCATION", []string{"continent"}},
		{"Orta Doğu macro-region", ";tr=Orta Doğu|", "LOCATION", []string{"region", "scope=macro"}},
		{"Lavrov foreign minister", ";tr=Sergey Lavrov;", "PERSON", []string{"minister", "of=Q159"}},
		{"Guterres of the UN", ";tr=Antonio Guterres|", "PERSON", []string{"official", "of=Q1065"}},
		{"Özel leads the CHP", ";tr=Özgür Özel;", "PERSON", []string{"party_leader", "of=varlik:org:republican-people-s-party"}},
		{"Refah Partisi dissolved", ";tr=Refah Partisi|RP;", "ORGANIZATION", []string{"party", "dissolved=1998"}},
		{"PKK militant group", ";tr=PKK;", "ORGANIZATION", []string{"militant_group"}},
		{"Kremlin organization", ";tr=Kremlin;", "ORGANIZATION", []string{"institution", "country=Q159"}},
		{"İTÜ is not the ITU", ";tr=İstanbul Teknik Üniversitesi|İTÜ;", "ORGANIZATION", []string{"university", "country=Q43"}},
		{"SDG is not the SAARC fund", ";tr=Suriye Demokratik Güçleri|SDG;", "ORGANIZATION", []string{"militant_group"}},
		{"Kremlin landmark", ";tr=Moskova Kremlini|", "LOCATION", []string{"landmark", "country=Q159"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs := find(tt.names, tt.typ)
			if len(rs) == 0 {
				t.Fatalf("no %s entry with names %q", tt.typ, tt.names)
			}
			var seen []string
		candidates:
			for _, r := range rs {
				got := r[2] + " " + r[5]
				for _, w := range tt.want {
					if !strings.Contains(got, w) {
						seen = append(seen, r[0]+": "+got)
						continue candidates
					}
				}
				return // one entry has every wanted fact
			}
			t.Errorf("no entry has all of %q; candidates: %q", tt.want, seen)
		})
	}
}

func TestTransliteration(t *testing.T) {
	tests := []struct {
		fn       func(string) string
		in, want string
	}{
		{romanToRussian, "Mikhail Mishustin", "Михаил Мишустин"},
		{romanToRussian, "Vladimir Putin", "Владимир Путин"},
		{romanToRussian, "Charles III", "Чарлес III"},
		{romanToTurkish, "Mikhail Mishustin", "Mihail Mişustin"},
		{romanToTurkish, "Volodymyr Zelenskyy", "Volodymyr Zelenski"},
		{turkishToRussian, "Çankaya", "Чанкая"},
		{turkishToRussian, "Eskişehir", "Эскишехир"},
		{turkishToRussian, "Antakya", "Антакья"},
		{turkishToRussian, "Afyon", "Афьон"},
		{turkishToRussian, "Karşıyaka", "Каршыяка"},
		{func(s string) string { return personToRussian(s, "BZ") }, "John Smith", "Джон Смит"},
		{slug, "Çankaya", "cankaya"},
	}
	for _, tt := range tests {
		if got := tt.fn(tt.in); got != tt.want {
			t.Errorf("%q → %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestRussianCollisions: no Turkish place keeps a Russian name listed in
// curated/ru_collisions.tsv (Van has only "провинция Ван", so the Chinese
// surname in "Ван И" finds no Turkish place).
func TestRussianCollisions(t *testing.T) {
	f, err := curated.Open("curated/ru_collisions.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := readTableFrom(f, 2)
	if err != nil {
		t.Fatal(err)
	}
	for id, r := range loadDefault(t) {
		if r[1] != "LOCATION" || !strings.Contains(r[5], "country=Q43") {
			continue
		}
		for _, c := range rows {
			names := ";" + r[4] + ";"
			if strings.Contains(names, "ru="+c[0]+";") || strings.Contains(names, "ru="+c[0]+"|") ||
				strings.Contains(names, "|"+c[0]+";") || strings.Contains(names, "|"+c[0]+"|") {
				t.Errorf("%s keeps the Russian name %s: %s", id, c[0], r[4])
			}
		}
	}
}

func TestSoundsLike(t *testing.T) {
	if soundsLike("Фургон", "Van") {
		t.Error("Фургон accepted for Van")
	}
	if !soundsLike("Бартын", "Bartın") {
		t.Error("Бартын rejected for Bartın")
	}
}
