package link

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/ru"
	"github.com/varlik/varlik/lang/tr"
)

// TestNameIDsAcrossWordOrders checks that a name's ID is the same in
// every language whatever order the language puts its words in, with or
// without the words acronyms skip, its organization's head with or without
// Turkish endings, its generic head translated or spelt, its borrowed
// adjective with or without the Russian suffix, the other words of an
// organization's name translated or not (Çocuk Hastanesi, Children's
// Hospital, Детская больница), and whatever type
// a recognizer gave it; and that names of other words stay apart.
func TestNameIDsAcrossWordOrders(t *testing.T) {
	type name struct {
		l      lang.Language
		text   string
		person bool
	}
	id := func(n name) string { return nameID(strings.Fields(n.l.Fold(n.text)), n.l, n.person) }
	for _, group := range [][]name{
		{{en.English{}, "University of Michigan", false}, {tr.Turkish{}, "Michigan Üniversitesi", false},
			{tr.Turkish{}, "Michigan Üniversitesinde", false}, {ru.Russian{}, "Университета Мичигана", false}},
		{{en.English{}, "Avon and Somerset Police", false}, {tr.Turkish{}, "Avon ve Somerset Polisi", false}},
		{{en.English{}, "Welsh Parliament", false}, {ru.Russian{}, "Парламент Уэльса", false}},
		{{en.English{}, "The Sunday Times", false}, {en.English{}, "Sunday Times", false}, {ru.Russian{}, "The Sunday Times", false}},
		{{en.English{}, "Rio de Janeiro", false}, {ru.Russian{}, "Рио-де-Жанейро", false}},
		{{tr.Turkish{}, "Cromwell Derneği", false}, {tr.Turkish{}, "Cromwell Derneğinin", false}},
		{{en.English{}, "Bestwood Street", false}, {tr.Turkish{}, "Bestwood Caddesi", false},
			{tr.Turkish{}, "Bestwood Caddesinin", false}, {ru.Russian{}, "Бествуд-стрит", false}},
		{{en.English{}, "Lake Titicaca", false}, {tr.Turkish{}, "Titikaka Gölü", false}},
		{{en.English{}, "Tenby Islands", false}, {tr.Turkish{}, "Tenby Adaları", false}, {ru.Russian{}, "острова Тенби", false}},
		{{en.English{}, "Silicon Valley", false}, {tr.Turkish{}, "Silikon Vadisi", false}},
		{{en.English{}, "Republic of Moldova", false}, {ru.Russian{}, "Республика Молдова", false}},
		{{en.English{}, "Roa Roa Hotel", false}, {tr.Turkish{}, "Roa Roa Oteli", false}, {ru.Russian{}, "отеле Роа Роа", false}},
		// a British prison's HMP and a foreign stadium's head, kept or left out
		{{en.English{}, "HMP Belmarsh", false}, {tr.Turkish{}, "HMP Belmarsh", false}, {ru.Russian{}, "Белмарш", false}},
		{{en.English{}, "Stadio Olimpico", false}, {tr.Turkish{}, "Olimpico Stadyumu", false}, {ru.Russian{}, "Олимпико", false}},
		{{en.English{}, "Senate", false}, {tr.Turkish{}, "Senatoda", false}, {ru.Russian{}, "Сенате", false}},
		{{en.English{}, "Congress", false}, {tr.Turkish{}, "Kongre", false}, {ru.Russian{}, "Конгрессом", false}},
		{{tr.Turkish{}, "Adalet Komitesi", false}, {tr.Turkish{}, "Adalet Komitesinin", false}},
		{{en.English{}, "Central Park", false}, {tr.Turkish{}, "Central Park", false}, {ru.Russian{}, "Центрального парка", false}},
		{{en.English{}, "National Assembly", false}, {ru.Russian{}, "Национальной ассамблеи", false}},
		// the other words of an organization's name, translated word for word
		{{en.English{}, "National Security Council", false}, {tr.Turkish{}, "Ulusal Güvenlik Konseyi", false},
			{ru.Russian{}, "Совета национальной безопасности", false}},
		{{en.English{}, "International Science Center", false}, {tr.Turkish{}, "Uluslararası Bilim Merkezi", false},
			{ru.Russian{}, "Международного научного центра", false}},
		{{en.English{}, "Supreme Court", false}, {ru.Russian{}, "Верховного суда", false}},
		{{en.English{}, "Women Rights Center", false}, {tr.Turkish{}, "Kadın Hakları Merkezi", false}},
	} {
		want := id(group[0])
		for _, n := range group[1:] {
			if got := id(n); got != want || want == "" {
				t.Errorf("%s %q: %q, want %q as %s %q", n.l.Code(), n.text, got, want, group[0].l.Code(), group[0].text)
			}
		}
	}
	for _, pair := range [][2]name{
		{{en.English{}, "University of Michigan", false}, {en.English{}, "Michigan", false}},
		{{en.English{}, "Bank of England", false}, {en.English{}, "England Bank Holdings", false}},
		{{tr.Turkish{}, "Ankara Üniversitesi", false}, {tr.Turkish{}, "Ankara Valiliği", false}},
		// organizations whose translated words differ
		{{tr.Turkish{}, "Ulusal Güvenlik Konseyi", false}, {en.English{}, "National Defense Council", false}},
		{{ru.Russian{}, "Государственный университет", false}, {en.English{}, "International University", false}},
		// a word that is a given name too keeps its letters (Devlet, Adalet)
		{{tr.Turkish{}, "Devlet Vakfı", false}, {en.English{}, "State Foundation", false}},
		// a person's name is spelt, not translated
		{{tr.Turkish{}, "Halk Yılmaz", true}, {en.English{}, "People Yılmaz", true}},
		{{tr.Turkish{}, "Ada Lovelace", true}, {en.English{}, "Island Lovelace", true}},
		// a person's name keeps its letters
		{{ru.Russian{}, "Сергей Центральный", true}, {en.English{}, "Sergei Central", true}},
	} {
		if a, b := id(pair[0]), id(pair[1]); a == b {
			t.Errorf("%q and %q share the ID %q", pair[0].text, pair[1].text, a)
		}
	}
}

func TestSortedParts(t *testing.T) {
	for _, tc := range []struct{ key, want string }{
		{"trs-m", "m-trs"},
		{"mkgn-nvrst", "mkgn-nvrst"},
		{"nvrst-mkgn", "mkgn-nvrst"},
		{"glkt", "glkt"},
		{"r-r-gtl", "gtl-r-r"},
	} {
		if got := sortedParts("name:", []byte(tc.key)); got != "name:"+tc.want {
			t.Errorf("sortedParts(%q) = %q, want %q", tc.key, got, tc.want)
		}
	}
}

// TestTranslatedOrganizationWords checks, on whole documents (an English
// possessive is a suffix token), that an organization's name whose words
// news translates one by one gets one ID in every language.
func TestTranslatedOrganizationWords(t *testing.T) {
	for _, group := range [][]struct {
		l          lang.Language
		text, name string
	}{
		{{en.English{}, "She was taken to Hartford Children's Hospital.", "Hartford Children's Hospital"},
			{tr.Turkish{}, "Hartford Çocuk Hastanesi'ne kaldırıldı.", "Hartford Çocuk Hastanesi"},
			{ru.Russian{}, "Её доставили в Детскую больницу Хартфорда.", "Детскую больницу Хартфорда"}},
		{{en.English{}, "The People's Party won.", "People's Party"},
			{tr.Turkish{}, "Halk Partisi kazandı.", "Halk Partisi"},
			{ru.Russian{}, "Победила Народная партия.", "Народная партия"}},
	} {
		var want string
		for i, n := range group {
			e := linkedMention(t, nil, n.l, n.text, n.name, annotation.Organization, "")
			if i == 0 {
				want = e.ID
			} else if e.ID != want || want == "" {
				t.Errorf("%s %q: %q, want %q", n.l.Code(), n.name, e.ID, want)
			}
		}
	}
}
