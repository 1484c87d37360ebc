package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
)

// TestRetypeQuoted checks which mentions in quotation marks become
// organizations.
func TestRetypeQuoted(t *testing.T) {
	g := gazetteer.Default()
	tests := []struct {
		lang, text string
		name       string
		typ        annotation.Type
		id         string
		want       annotation.Type
	}{
		{"ru", "Он пробил вратаря « Брайтона » в угол .", "Брайтона", annotation.Person, "", annotation.Organization},
		{"ru", "Статистика питчера « Вашингтона » хороша .", "Вашингтона", annotation.Location, "", annotation.Organization},
		{"ru", "Он поехал в « Россию » вчера .", "Россию", annotation.Location, "Q159", annotation.Location}, // a country
		{"ru", "Он пробил вратаря Брайтона в угол .", "Брайтона", annotation.Person, "", annotation.Person},  // no quotes
		{"ru", "Он пробил вратаря \" Брайтона \" в угол .", "Брайтона", annotation.Person, "", annotation.Person},
		{"ru", "Он сказал « Голос Америки » вчера .", "Голос Америки", annotation.Organization, "", annotation.Organization},
		{"ru", "Матч на стадионе « Стэмфорд Бридж » .", "Стэмфорд Бридж", annotation.Person, "", annotation.Person}, // a kind of place before
		{"tr", "Maçı « Brighton » kazandı .", "Brighton", annotation.Location, "", annotation.Location},             // no QuotedOrganizations
	}
	for _, tc := range tests {
		doc, ents, l := mentionIn(t, tc.lang, tc.text, tc.name, tc.typ, tc.id)
		names := retypeQuoted(doc, ents, l, g)
		if ents[0].Type != tc.want {
			t.Errorf("%q in %q: %s, want %s", tc.name, tc.text, ents[0].Type, tc.want)
		}
		if retyped := len(names) == 1; retyped != (tc.typ != tc.want) {
			t.Errorf("%q in %q: names %q", tc.name, tc.text, names)
		}
	}
}
