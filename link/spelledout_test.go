package link

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/internal/doctest"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/ru"
	"github.com/varlik/varlik/lang/tr"
)

// TestSpelledOutOrganization checks that an organization whose first word
// joins a shortened word to its head takes the ID of the organization the
// gazetteer names with the words written out, in any case, and that a
// name the written-out form does not reach keeps its name ID.
func TestSpelledOutOrganization(t *testing.T) {
	g := gazetteer.New(
		&gazetteer.Entry{ID: "Q47423", Type: gazetteer.Organization,
			Names: map[string][]string{"ru": {"Генеральная Ассамблея ООН"}}},
		&gazetteer.Entry{ID: "Q458", Type: gazetteer.Organization,
			Names: map[string][]string{"ru": {"Европейский союз"}}})
	for _, tc := range []struct {
		text, name string
		wantID     string
		wantName   string
	}{
		{"Он выступил на сессии Генассамблеи ООН вчера.", "Генассамблеи ООН", "Q47423", "Генеральная Ассамблея ООН"},
		{"Он выступил в Генассамблее ООН вчера.", "Генассамблее ООН", "Q47423", "Генеральная Ассамблея ООН"},
		{"Страна вступила в Евросоюз в 2004 году.", "Евросоюз", "Q458", "Европейский союз"},
		{"Решение Евросоюза вступило в силу.", "Евросоюза", "Q458", "Европейский союз"},
		{"Он выступил на сессии Генассамблеи вчера.", "Генассамблеи", "name:jnsmbl", "Генассамблеи"}, // no such entry
	} {
		if e := linkedMention(t, g, ru.Russian{}, tc.text, tc.name, annotation.Organization, ""); e.ID != tc.wantID || e.Canonical != tc.wantName {
			t.Errorf("%s in %q: %s %q, want %s %q", tc.name, tc.text, e.ID, e.Canonical, tc.wantID, tc.wantName)
		}
	}
}

// TestUNBodyNamedBare checks that a body of the United Nations named
// without the United Nations, as news names it once the story is about it,
// takes the entry the gazetteer names with the United Nations' acronym
// before or after the name, inflected or not, in a document that names the
// United Nations; and that a name the gazetteer knows bare, a name no such
// entry matches whole, a document that does not name the United Nations
// and a gazetteer without it leave it alone.
func TestUNBodyNamedBare(t *testing.T) {
	org := gazetteer.Organization
	un := &gazetteer.Entry{ID: unitedNations, Type: org, Prior: 0.9,
		Names: map[string][]string{"tr": {"Birleşmiş Milletler", "BM"}, "en": {"United Nations", "UN"}, "ru": {"ООН"}}}
	ga := &gazetteer.Entry{ID: "org:ga", Type: org, Prior: 0.85,
		Names: map[string][]string{"tr": {"BM Genel Kurulu"}, "en": {"UN General Assembly"}, "ru": {"Генеральная Ассамблея ООН"}}}
	sc := &gazetteer.Entry{ID: "org:sc", Type: org, Prior: 0.85,
		Names: map[string][]string{"tr": {"BM Güvenlik Konseyi"}, "en": {"UN Security Council"}, "ru": {"Совет Безопасности ООН"}}}
	tc := &gazetteer.Entry{ID: "org:tc", Type: org, Prior: 0.85, Names: map[string][]string{"en": {"Trusteeship Council"}}}
	g := gazetteer.New(un, ga, sc, tc)
	for _, c := range []struct {
		g          *gazetteer.Gazetteer
		l          lang.Language
		text, name string
		want       string
	}{
		{g, en.English{}, "The General Assembly voted on the U.N. budget.", "General Assembly", "org:ga"},
		{g, tr.Turkish{}, "Bakan Genel Kuruluna BM adına hitap etti.", "Genel Kuruluna", "org:ga"},
		{g, tr.Turkish{}, "Güvenlik Konseyi BM binasında toplandı.", "Güvenlik Konseyi", "org:sc"},
		{g, ru.Russian{}, "Министр выступил на Генеральной Ассамблее в штаб-квартире ООН.", "Генеральной Ассамблее", "org:ga"},
		{g, ru.Russian{}, "Министр выступил в Генассамблее ООН.", "Генассамблее", "org:ga"}, // the acronym outside the mention
		{g, ru.Russian{}, "Совет Безопасности ООН собрался вновь.", "Совет Безопасности", "org:sc"},
		// known bare; no body so named; no United Nations named; no United Nations entry
		{g, en.English{}, "The Trusteeship Council met.", "Trusteeship Council", "org:tc"},
		{g, en.English{}, "The General Synod voted at the UN.", "General Synod", "name:jnrl-snd"},
		{g, tr.Turkish{}, "Genel Kurulu yarın toplanacak.", "Genel Kurulu", "name:jnrl-smbl"}, // glossed: the bare English name's key
		{g, ru.Russian{}, "Совет Безопасности собрался в Кремле.", "Совет Безопасности", "name:knsl-skrt"},
		{gazetteer.New(ga), en.English{}, "The General Assembly voted at the UN.", "General Assembly", "name:jnrl-smbl"},
	} {
		if e := linkedMention(t, c.g, c.l, c.text, c.name, annotation.Organization, ""); e.ID != c.want {
			t.Errorf("%s %q: %s, want %s", c.l.Code(), c.name, e.ID, c.want)
		}
	}
}

func TestEqualUndotted(t *testing.T) {
	for _, c := range []struct {
		t, acronym string
		want       bool
	}{
		{"UN", "UN", true}, {"U.N.", "UN", true}, {"U.N", "UN", true}, {".UN", "UN", false},
		{"UNO", "UN", false}, {"U", "UN", false}, {".", "UN", false}, {"ООН", "ООН", true}, {"О.О.Н.", "ООН", true},
	} {
		if got := equalUndotted(c.t, c.acronym); got != c.want {
			t.Errorf("equalUndotted(%q, %q) = %v", c.t, c.acronym, got)
		}
	}
}

// TestUNBodyOwnedOrFar checks that a body's bare name does not take the
// United Nations' body where its owner stands beside it or elsewhere in
// the document, or where the United Nations is named only far from it:
// news names its own country's assembly and council bare too.
func TestUNBodyOwnedOrFar(t *testing.T) {
	org, loc := annotation.Organization, annotation.Location
	un := &gazetteer.Entry{ID: unitedNations, Type: gazetteer.Organization, Prior: 0.9,
		Names: map[string][]string{"tr": {"Birleşmiş Milletler", "BM"}, "en": {"United Nations", "UN"}, "ru": {"ООН"}}}
	ga := &gazetteer.Entry{ID: "org:ga", Type: gazetteer.Organization, Prior: 0.85,
		Names: map[string][]string{"tr": {"BM Genel Kurulu"}, "en": {"UN General Assembly"}, "ru": {"Генеральная ассамблея ООН"}}}
	sc := &gazetteer.Entry{ID: "org:sc", Type: gazetteer.Organization, Prior: 0.85,
		Names: map[string][]string{"en": {"UN Security Council"}}}
	g := gazetteer.New(un, ga, sc)
	for _, c := range []struct {
		l     lang.Language
		text  string
		names []doctest.Name
		bare  string // the mention checked: its last occurrence
		want  string // "" for any ID but the UN body's
	}{
		{en.English{}, "A UN envoy said Russia's Security Council met.",
			[]doctest.Name{{Text: "Russia", Type: loc}, {Text: "Security Council", Type: org}}, "Security Council", ""},
		{ru.Russian{}, "После доклада ООН Генеральная ассамблея Интерпола собралась в Вене.",
			[]doctest.Name{{Text: "Генеральная ассамблея", Type: org}, {Text: "Интерпола", Type: org}}, "Генеральная ассамблея", ""},
		{tr.Turkish{}, "TBMM Genel Kurulu toplandı. BM raporu okundu ve Genel Kurulu tasarıyı kabul etti.",
			[]doctest.Name{{Text: "TBMM Genel Kurulu", Type: org}, {Text: "Genel Kurulu", Type: org}}, "Genel Kurulu", ""},
		{en.English{}, "A UN report came out in May. Farmers protested. Prices rose. The General Assembly voted on Friday.",
			[]doctest.Name{{Text: "General Assembly", Type: org}}, "General Assembly", ""},
		// The United Nations in the sentence before: the UN's body.
		{en.English{}, "The UN budget is short. The General Assembly voted on Friday.",
			[]doctest.Name{{Text: "General Assembly", Type: org}}, "General Assembly", "org:ga"},
	} {
		doc := doctest.WithNames(t, c.text, c.names, c.l)
		New(g).Link(doc, c.l)
		id := "none"
		for _, e := range doc.Entities {
			if e.Text == c.bare {
				id = e.ID
			}
		}
		if c.want == "" && (id == "org:ga" || id == "org:sc" || id == "none") || c.want != "" && id != c.want {
			t.Errorf("%s %q: %q has ID %s, want %s", c.l.Code(), c.text, c.bare, id, c.want)
		}
	}
}
