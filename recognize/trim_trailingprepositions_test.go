package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// TestTrimTrailingPrepositions checks that trimTrailingPrepositions cuts
// the prepositions ending a Russian mention, keeps a mention of one word
// and one that ends in a noun, and leaves English (whose names end
// capitalized) alone.
func TestTrimTrailingPrepositions(t *testing.T) {
	tests := []struct {
		lang, text  string
		first, last int // the mention's tokens
		want        string
	}{
		{"ru", "перед Судебным комитетом Сената по заявлениям", 1, 5, "Судебным комитетом Сената"},
		{"ru", "перед Судебным комитетом Сената на в", 1, 6, "Судебным комитетом Сената"},
		{"ru", "Комитет по делам", 0, 3, "Комитет по делам"},
		{"ru", "по", 0, 1, "по"},
		{"en", "the Bank of England", 1, 3, "Bank of"},
	}
	for _, tc := range tests {
		l, ok := lang.Get(tc.lang)
		if !ok {
			t.Fatalf("no language %s", tc.lang)
		}
		doc := &annotation.Document{Text: tc.text, Tokens: l.Tokenize(tc.text)}
		ents := []annotation.Entity{doc.Mention(tc.first, tc.last, annotation.Organization, 1, "model")}
		trimTrailingPrepositions(doc, ents, l)
		if got := ents[0].Text; got != tc.want || got != tc.text[ents[0].Start:ents[0].End] {
			t.Errorf("%q [%d,%d): got %q, want %q", tc.text, tc.first, tc.last, got, tc.want)
		}
	}
}
