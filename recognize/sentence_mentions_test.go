package recognize

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// TestSentenceMentions checks the walk over sentences and the mentions
// starting in them: one before every sentence and one in a gap between two
// are passed over, a sentence with none yields nothing, and a stop ends
// the walk.
func TestSentenceMentions(t *testing.T) {
	sents := []lang.Sentence{{First: 2, Last: 5}, {First: 5, Last: 7}, {First: 9, Last: 12}}
	ents := []annotation.Entity{{First: 0, Last: 1}, {First: 2, Last: 3}, {First: 4, Last: 5}, {First: 7, Last: 8}, {First: 10, Last: 12}}
	var got [][2]int
	for si, j := range sentenceMentions(sents, ents) {
		got = append(got, [2]int{si, j})
	}
	if want := [][2]int{{0, 1}, {0, 2}, {2, 4}}; !cmp.Equal(got, want) {
		t.Errorf("pairs %v, want %v", got, want)
	}
	n := 0
	for range sentenceMentions(sents, ents) {
		n++
		break
	}
	if n != 1 {
		t.Errorf("a stop after the first pair walked %d", n)
	}
	for range sentenceMentions(nil, ents) {
		t.Error("no sentences yielded a mention")
	}
}
