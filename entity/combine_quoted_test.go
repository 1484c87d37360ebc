package entity

import (
	"testing"

	"github.com/varlik/varlik/gazetteer"
)

// TestRetypeQuoted checks which mentions in quotation marks become
// organizations.
func TestRetypeQuoted(t *testing.T) {
	g := gazetteer.Default()
	tests := []struct {
		lang, text string
		name       string
		typ        Type
		id         string
		want       Type
	}{
		{"ru", "Он пробил вратаря « Брайтона » в угол .", "Брайтона", Person, "", Organization},
		{"ru", "Статистика питчера « Вашингтона » хороша .", "Вашингтона", Location, "", Organization},
		{"ru", "Он поехал в « Россию » вчера .", "Россию", Location, "Q159", Location}, // a country
		{"ru", "Он пробил вратаря Брайтона в угол .", "Брайтона", Person, "", Person},  // no quotes
		{"ru", "Он пробил вратаря \" Брайтона \" в угол .", "Брайтона", Person, "", Person},
		{"ru", "Он сказал « Голос Америки » вчера .", "Голос Америки", Organization, "", Organization},
		{"ru", "Матч на стадионе « Стэмфорд Бридж » .", "Стэмфорд Бридж", Person, "", Person}, // a kind of place before
		{"tr", "Maçı « Brighton » kazandı .", "Brighton", Location, "", Location},             // no QuotedOrganizations
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
