package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// TestCutAtFiniteVerbs checks that cutAtFiniteVerbs ends a Russian
// mention of three words or more before a lower-case finite verb inside
// it, keeps names whose lower-case words only look like verbs'
// (комсомола, трибунала), and leaves English alone.
func TestCutAtFiniteVerbs(t *testing.T) {
	tests := []struct {
		lang, text  string
		first, last int // the mention's tokens
		want        string
	}{
		{"ru", "когда Буш победил Гора с перевесом", 1, 4, "Буш"},
		{"ru", "Европейский союз собирается ввести санкции", 0, 5, "Европейский союз"},
		{"ru", "в Театре имени Ленинского комсомола", 1, 5, "Театре имени Ленинского комсомола"},
		{"ru", "Международного уголовного трибунала", 0, 3, "Международного уголовного трибунала"},
		{"ru", "Буш победил", 0, 2, "Буш победил"}, // two words: left to the tagger
		{"en", "John Smith played football", 0, 4, "John Smith played football"},
	}
	for _, tc := range tests {
		l, ok := lang.Get(tc.lang)
		if !ok {
			t.Fatalf("no language %s", tc.lang)
		}
		doc := &annotation.Document{Text: tc.text, Tokens: l.Tokenize(tc.text)}
		ents := []annotation.Entity{doc.Mention(tc.first, tc.last, annotation.Person, 1, "model")}
		cutAtFiniteVerbs(doc, ents, l)
		if got := ents[0].Text; got != tc.want || got != tc.text[ents[0].Start:ents[0].End] {
			t.Errorf("%q [%d,%d): got %q, want %q", tc.text, tc.first, tc.last, got, tc.want)
		}
	}
}
