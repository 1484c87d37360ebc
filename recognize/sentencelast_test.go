package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// TestSentenceLast checks the end of the sentence holding a token, and
// the document's end for a token no sentence holds.
func TestSentenceLast(t *testing.T) {
	doc := &annotation.Document{
		Tokens:    make([]lang.Token, 9),
		Sentences: []lang.Sentence{{First: 0, Last: 3}, {First: 3, Last: 7}}, // tokens 7 and 8 in none
	}
	for k, want := range map[int]int{0: 3, 2: 3, 3: 7, 6: 7, 7: 9, 8: 9} {
		if got := sentenceLast(doc, k); got != want {
			t.Errorf("sentenceLast(%d) = %d, want %d", k, got, want)
		}
	}
}
