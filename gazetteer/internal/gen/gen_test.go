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
		{slug, "Çankaya", "cankaya"},
	}
	for _, tt := range tests {
		if got := tt.fn(tt.in); got != tt.want {
			t.Errorf("%q → %q, want %q", tt.in, got, tt.want)
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
