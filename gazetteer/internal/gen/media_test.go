package main

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

// mediaGroupSizes is how many rows of curated/media.tsv each set has (the
// table's header defines the sets): the UK's 18 national dailies and 11
// Sunday papers of 2019, the 25 largest US dailies, and so on.
var mediaGroupSizes = map[string]int{
	"UK daily": 18, "UK sunday": 11, "UK broadcaster": 16, "UK agency": 2, "UK magazine": 4,
	"US daily": 25, "US broadcaster": 14, "US agency": 3, "US site": 13, "US magazine": 12,
	"Germany": 18, "France": 22, "Italy": 15, "Spain": 15, "Russia": 30, "China": 12, "Japan": 9,
	"India": 12, "Israel": 9, "Turkey daily": 30, "Turkey TV": 29, "Turkey online": 7,
	"Turkey agency": 5, "Ukraine": 12, "Gulf": 13, "Canada": 10, "Australia": 9, "international": 2,
	"national agency": 64,
}

// TestMediaTable checks curated/media.tsv: every set whole (as
// mediaGroupSizes has it), one row an outlet (no name in two rows of one
// country), country codes, and no bare word the name filter would miss.
func TestMediaTable(t *testing.T) {
	rows, err := readMedia()
	if err != nil {
		t.Fatal(err)
	}
	sizes := map[string]int{}
	seen := map[string]string{}
	code := regexp.MustCompile(`^[A-Z]{2}$`)
	for _, m := range rows {
		sizes[m.group]++
		if !code.MatchString(m.country) {
			t.Errorf("%s: country %q", m.en[0], m.country)
		}
		names := map[string]bool{}
		for _, n := range slices.Concat(m.en, m.tr, m.ru) {
			names[m.country+":"+foldKey(n)] = true
		}
		for k := range names {
			if other, ok := seen[k]; ok {
				t.Errorf("%s and %s share the name %s", other, m.en[0], k)
			}
			seen[k] = m.en[0]
		}
		for _, n := range m.en {
			if n == "Sun" || n == "Fox" || n == "Times" || n == "i" {
				t.Errorf("%s: bare word %q (surnames too, which the dictionary check lets pass)", m.en[0], n)
			}
		}
	}
	checkCounts(t, "rows", sizes, mediaGroupSizes)
}

// TestMediaNameLeftOut checks the one-word name filter of media.go.
func TestMediaNameLeftOut(t *testing.T) {
	places := map[string]bool{foldKey("Türkiye"): true}
	freq := turkishFreq{"posta": {900, 5000}, "Posta": {4000, 800}}
	for _, c := range []struct{ name, want string }{
		{"Türkiye", "a place"},
		{"Türkiye Gazetesi", ""},
		{"Variety", "a word or given name"},
		{"Forbes", "a word or given name"},
		{"Posta", "a frequent Turkish word"},
		{"The Sun", ""},
		{"EFE", ""}, // Efe is a given name, EFE in capitals an agency
		{"Spiegel", ""},
		{"Шпигель", ""},
	} {
		if got := mediaNameLeftOut(c.name, places, freq); got != c.want {
			t.Errorf("%q: %q, want %q", c.name, got, c.want)
		}
	}
}

// TestMediaInGazetteer reads the generated gazetteer: an outlet's names
// in the three languages are one entry's, merged rows keep the entry
// curated/orgs.tsv gave them (Yonhap takes its short name), and bare
// words stay out (Lusa, a given name; SANA and Kabar, Turkish words; Mehr,
// a word; BTA, MTI and NTB, other bodies' or a province's abbreviations).
func TestMediaInGazetteer(t *testing.T) {
	rows := loadDefault(t)
	byName := orgsByName(rows)
	for _, c := range []struct{ id, names string }{
		{"varlik:org:south-china-morning-post", "en:South China Morning Post|tr:Güney Çin Sabah Postası|ru:Саут Чайна Морнинг Пост"},
		{"varlik:org:der-spiegel", "en:Der Spiegel|tr:Spiegel|ru:Шпигель"},
		{"varlik:org:the-times", "en:The Times|tr:The Times|ru:Таймс"},
		{"varlik:org:the-sunday-times", "en:The Sunday Times|ru:Санди таймс"},
		{"varlik:org:the-new-york-times", "en:New York Times|ru:Нью-Йорк таймс"},
		{"varlik:org:bbc", "en:BBC News|tr:BBC Türkçe|ru:Би-би-си"},
		{"varlik:org:turkish-radio-and-television-corporation", "tr:TRT|en:TRT"},
		{"varlik:org:ntv-ru", "ru:НТВ"},
		{"varlik:org:reuters", "en:Reuters|ru:Рейтер"},
		{"varlik:org:yonhap-news-agency", "en:Yonhap|tr:Yonhap Haber Ajansı|ru:Ёнхап"},
		{"varlik:org:korean-central-news-agency", "en:KCNA|tr:Kore Merkezi Haber Ajansı|ru:ЦТАК"},
		{"varlik:org:czech-news-agency", "en:ČTK|ru:ЧТК"},
	} {
		for _, ln := range strings.Split(c.names, "|") {
			lang, n, _ := strings.Cut(ln, ":")
			if got := byName[lang+":"+foldKey(n)]; len(got) != 1 || got[0] != c.id {
				t.Errorf("%s %q: organizations %v, want %s", lang, n, got, c.id)
			}
		}
	}
	for _, n := range []string{"en:Times", "en:Sun", "en:Mirror", "en:Express", "en:Metro", "tr:Türkiye", "tr:Posta",
		"en:Lusa", "en:SANA", "en:Kabar", "en:Mehr", "en:BTA", "ru:БТА", "en:MTI", "en:NTB"} {
		lang, name, _ := strings.Cut(n, ":")
		for _, id := range byName[lang+":"+foldKey(name)] {
			if strings.Contains(rows[id][5], "media") {
				t.Errorf("%s %q is the outlet %s's name", lang, name, id)
			}
		}
	}
}
