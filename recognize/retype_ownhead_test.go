package recognize

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// TestRetypeByOwnHead checks which place mentions become organizations by
// a head noun of their own.
func TestRetypeByOwnHead(t *testing.T) {
	// A country with an organization's head word in its name, which the
	// default gazetteer does not hold.
	g := gazetteer.Default().With(&gazetteer.Entry{ID: "Q15180", Type: "LOCATION", Subtype: "country",
		Names: map[string][]string{"ru": {"Советский Союз"}}, Prior: 0.9})
	tests := []struct {
		lang, text string
		name       string // the place mention
		id         string // its gazetteer ID
		want       annotation.Type
	}{
		{"ru", "Он учился в Университете Карнеги-Меллона .", "Университете Карнеги-Меллона", "", annotation.Organization},
		{"ru", "Служба прошла в Епископальной церкви .", "Епископальной церкви", "", annotation.Organization},
		{"ru", "Атлантический альянс расширился .", "Атлантический альянс", "", annotation.Organization},
		{"ru", "Он родился в Советском Союзе .", "Советском Союзе", "Q15180", annotation.Location}, // a country
		{"ru", "Он живет в Нижнем Новгороде .", "Нижнем Новгороде", "", annotation.Location},
		{"ru", "Он приехал в Армению .", "Армению", "", annotation.Location},                    // one word
		{"tr", "Ankara Üniversitesi kapandı .", "Ankara Üniversitesi", "", annotation.Location}, // no OrganizationNameForms
	}
	for _, tc := range tests {
		l, _ := lang.Get(tc.lang)
		doc := &annotation.Document{Text: tc.text, Tokens: l.Tokenize(tc.text)}
		first := strings.Index(tc.text, tc.name)
		f, last, ok := doc.TokenRange(first, first+len(tc.name))
		if !ok {
			t.Fatalf("%q not on token boundaries", tc.name)
		}
		ents := []annotation.Entity{doc.Mention(f, last, annotation.Location, 0.9, "model")}
		ents[0].ID = tc.id
		names := retypeByOwnHead(doc, ents, l, g)
		if ents[0].Type != tc.want {
			t.Errorf("%q: %s, want %s", tc.name, ents[0].Type, tc.want)
		}
		if retyped := len(names) == 1 && names[0] == tc.name; retyped != (tc.want == annotation.Organization) {
			t.Errorf("%q: names %q", tc.name, names)
		}
	}
}
