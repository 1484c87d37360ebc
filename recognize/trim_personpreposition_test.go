package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// TestTrimLeadingPreposition checks that trimLeadingPreposition cuts the
// preposition a tagger took into a person's name, and leaves a one-word
// mention and one whose next word is lower-case.
func TestTrimLeadingPreposition(t *testing.T) {
	tests := []struct {
		lang, text  string
		first, last int // the tagger's person
		want        string
	}{
		{"ru", "« На Кавано обрушилась критика", 1, 3, "Кавано"},
		{"ru", "В Путине видят", 0, 2, "Путине"},
		{"ru", "На", 0, 1, "На"},
		{"ru", "На следующий день", 0, 2, "На следующий"},
		{"en", "In Kavanaugh we trust", 0, 2, "Kavanaugh"},
	}
	for _, tc := range tests {
		l, ok := lang.Get(tc.lang)
		if !ok {
			t.Fatalf("no language %s", tc.lang)
		}
		doc := &annotation.Document{Text: tc.text, Tokens: l.Tokenize(tc.text)}
		ents := []annotation.Entity{doc.Mention(tc.first, tc.last, annotation.Person, 0.5, "model")}
		trimLeadingPreposition(doc, ents, l)
		if got := ents[0].Text; got != tc.want || got != tc.text[ents[0].Start:ents[0].End] {
			t.Errorf("%q [%d,%d): got %q, want %q", tc.text, tc.first, tc.last, got, tc.want)
		}
	}
}
