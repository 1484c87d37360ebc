package link

import (
	"slices"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/internal/doctest"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/ru"
	"github.com/varlik/varlik/lang/tr"
)

// TestCountryNamesake checks that an organization the gazetteer ranks
// level with a namesake of another country takes the namesake whose
// country the document names, through an office holder or a place, and
// keeps its own where its own country is named too, where neither is, or
// where the namesake ranks lower, whether the Linker has found the
// namesakes before or not.
func TestCountryNamesake(t *testing.T) {
	g := gazetteer.New(
		&gazetteer.Entry{ID: "loc:aland", Type: gazetteer.Location, Subtype: "country", Prior: 0.95,
			Names: map[string][]string{"tr": {"Alandiya"}, "ru": {"Аландия"}}},
		&gazetteer.Entry{ID: "loc:borvia", Type: gazetteer.Location, Subtype: "country", Prior: 0.95,
			Names: map[string][]string{"tr": {"Borviya"}, "ru": {"Борвия"}}},
		&gazetteer.Entry{ID: "loc:borgrad", Type: gazetteer.Location, Subtype: "city", Prior: 0.6,
			Names: map[string][]string{"tr": {"Borgrad"}, "ru": {"Борград"}}, Attrs: map[string]string{"country": "loc:borvia"}},
		&gazetteer.Entry{ID: "per:kalt", Type: gazetteer.Person, Subtype: "head_of_state", Prior: 0.9,
			Names: map[string][]string{"tr": {"Ivo Kalt"}, "ru": {"Иво Кальт"}}, Attrs: map[string]string{"of": "loc:borvia"}},
		&gazetteer.Entry{ID: "org:a-party", Type: gazetteer.Organization, Subtype: "party", Prior: 0.8,
			Names: map[string][]string{"tr": {"Yeşil Parti"}, "ru": {"Зелёная партия"}}, Attrs: map[string]string{"country": "loc:aland"}},
		&gazetteer.Entry{ID: "org:b-party", Type: gazetteer.Organization, Subtype: "party", Prior: 0.8,
			Names: map[string][]string{"tr": {"Yeşil Parti"}, "ru": {"Зелёная партия"}}, Attrs: map[string]string{"country": "loc:borvia"}},
		&gazetteer.Entry{ID: "org:a-union", Type: gazetteer.Organization, Subtype: "party", Prior: 0.8,
			Names: map[string][]string{"tr": {"Birlik Partisi"}}, Attrs: map[string]string{"country": "loc:aland"}},
		&gazetteer.Entry{ID: "org:b-union", Type: gazetteer.Organization, Subtype: "party", Prior: 0.75,
			Names: map[string][]string{"tr": {"Birlik Partisi"}}, Attrs: map[string]string{"country": "loc:borvia"}})
	per, loc, org := annotation.Person, annotation.Location, annotation.Organization
	shared := New(g)
	for _, tc := range []struct {
		l      lang.Language
		text   string
		names  []doctest.Name
		ids    []string // per name, the ID recognition gave it
		wantID string   // the last name's ID after linking
	}{
		{tr.Turkish{}, "Ivo Kalt , Yeşil Parti'yi eleştirdi .", []doctest.Name{{Text: "Ivo Kalt", Type: per}, {Text: "Yeşil Parti", Type: org}},
			[]string{"per:kalt", "org:a-party"}, "org:b-party"},
		{ru.Russian{}, "В Борграде Зелёная партия провела съезд .", []doctest.Name{{Text: "Борграде", Type: loc}, {Text: "Зелёная партия", Type: org}},
			[]string{"loc:borgrad", "org:a-party"}, "org:b-party"},
		{tr.Turkish{}, "Yeşil Parti toplandı .", []doctest.Name{{Text: "Yeşil Parti", Type: org}},
			[]string{"org:a-party"}, "org:a-party"}, // no country named
		{tr.Turkish{}, "Ivo Kalt , Alandiya'daki Yeşil Parti'yi eleştirdi .", []doctest.Name{{Text: "Ivo Kalt", Type: per}, {Text: "Alandiya", Type: loc}, {Text: "Yeşil Parti", Type: org}},
			[]string{"per:kalt", "loc:aland", "org:a-party"}, "org:a-party"}, // its own country named too
		{tr.Turkish{}, "Ivo Kalt , Birlik Partisi'ni eleştirdi .", []doctest.Name{{Text: "Ivo Kalt", Type: per}, {Text: "Birlik Partisi", Type: org}},
			[]string{"per:kalt", "org:a-union"}, "org:a-union"}, // the namesake ranks lower
	} {
		// Linked twice by one Linker, which keeps the namesakes it found
		// for the next documents (see namesakes), and once by a new one.
		for _, x := range []*Linker{shared, shared, New(g)} {
			doc := doctest.WithNames(t, tc.text, tc.names, tc.l)
			for i, id := range tc.ids {
				doc.Entities[i].ID = id
				doc.Entities[i].Source = "model+gazetteer"
			}
			x.Link(doc, tc.l)
			if got := doc.Entities[len(doc.Entities)-1].ID; got != tc.wantID {
				t.Errorf("%q: %s, want %s", tc.text, got, tc.wantID)
			}
		}
	}
	for _, c := range []struct {
		id, code string
		want     []string
	}{
		{"org:a-party", "tr", []string{"org:b-party"}},
		{"org:a-party", "ru", []string{"org:b-party"}},
		{"org:b-party", "tr", []string{"org:a-party"}},
		{"org:a-union", "tr", nil}, // the namesake ranks lower
		{"org:a-union", "ru", nil}, // no Russian name
		{"org:a-party", "en", nil}, // nor an English one
	} {
		for range 2 { // found, then kept
			var got []string
			for _, e := range shared.namesakes(g.ByID(c.id), c.code) {
				got = append(got, e.ID)
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("namesakes of %s in %s: %v, want %v", c.id, c.code, got, c.want)
			}
		}
	}
}
