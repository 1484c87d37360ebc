package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
)

// TestWidenToAdjectiveNoun checks which one-word mentions take the noun
// after them.
func TestWidenToAdjectiveNoun(t *testing.T) {
	tests := []struct {
		lang, text, name string
		typ              annotation.Type
		id, want         string
	}{
		{"ru", "Это было на Капитолийском холме вчера .", "Капитолийском", annotation.Location, "", "Капитолийском холме"},
		{"ru", "Острова называют Северными территориями .", "Северными", annotation.Location, "", "Северными территориями"},
		{"ru", "Это было на Капитолийском Холме вчера .", "Капитолийском", annotation.Location, "", "Капитолийском"}, // a capitalized word
		{"ru", "Это решено Комитетом были слухи .", "Комитетом", annotation.Organization, "", "Комитетом"},           // a noun
		{"ru", "Это было на Капитолийском холме", "Капитолийском", annotation.Person, "", "Капитолийском"},           // a person
		{"ru", "Это было на Капитолийском", "Капитолийском", annotation.Location, "", "Капитолийском"},               // the document's end
		{"en", "It was on Capitol hill .", "Capitol", annotation.Location, "", "Capitol"},
	}
	for _, tc := range tests {
		doc, ents, l := mentionIn(t, tc.lang, tc.text, tc.name, tc.typ, tc.id)
		widenToAdjectiveNoun(doc, ents, l)
		if ents[0].Text != tc.want || tc.text[ents[0].Start:ents[0].End] != ents[0].Text {
			t.Errorf("%q in %q: %q, want %q", tc.name, tc.text, ents[0].Text, tc.want)
		}
	}
}
