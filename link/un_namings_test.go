package link

import (
	"slices"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// TestUNNamingsTokens checks that unNamings' filter on the first two bytes
// finds every token isUNAcronym takes, with and without periods, in Latin
// and Cyrillic letters, and no other.
func TestUNNamingsTokens(t *testing.T) {
	acronyms := []lang.Token{{Text: "ООН"}, {Text: "UN"}, {Text: "BM"}, {Text: "X"}}
	texts := []string{"", ".", ",", "ООН", "О.О.Н.", "Она", "ООНа", "UN", "U.N.", "U.N", "UNO", "Un", "BM",
		"B.M.", "BMW", "X", "X.", "Xi", "О", "Москва", "U"}
	doc := &annotation.Document{}
	var want []tokenSpan
	for i, text := range texts {
		doc.Tokens = append(doc.Tokens, lang.Token{Text: text})
		if isUNAcronym(text, acronyms) {
			want = append(want, tokenSpan{i, i + 1})
		}
	}
	lk := &linker{doc: doc}
	if got := lk.unNamings(acronyms); len(want) == 0 || !slices.Equal(got, want) {
		t.Errorf("unNamings: %v, want %v", got, want)
	}
}
