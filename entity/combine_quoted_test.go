package entity

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
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
		{"tr", "Maçı « Brighton » kazandı .", "Brighton", Location, "", Location}, // no QuotedOrganizations
	}
	for _, tc := range tests {
		l, _ := lang.Get(tc.lang)
		doc := &Document{Text: tc.text, Tokens: l.Tokenize(tc.text)}
		start := strings.Index(tc.text, tc.name)
		f, last, ok := doc.TokenRange(start, start+len(tc.name))
		if !ok {
			t.Fatalf("%q not on token boundaries", tc.name)
		}
		ents := []Entity{doc.Mention(f, last, tc.typ, 0.9, "model")}
		ents[0].ID = tc.id
		names := retypeQuoted(doc, ents, l, g)
		if ents[0].Type != tc.want {
			t.Errorf("%q in %q: %s, want %s", tc.name, tc.text, ents[0].Type, tc.want)
		}
		if retyped := len(names) == 1; retyped != (tc.typ != tc.want) {
			t.Errorf("%q in %q: names %q", tc.name, tc.text, names)
		}
	}
}
