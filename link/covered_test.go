package link

import (
	"slices"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// TestCoveredTokens checks coveredTokens and sentenceStarts, filled again
// in one notedTokens' arrays: a longer document's marks must not stay,
// nor an earlier stage's mentions; out-of-range spans are cut to the
// document, and an empty document has no marks.
func TestCoveredTokens(t *testing.T) {
	doc := func(n int, ents [][2]int, sents [][2]int) *annotation.Document {
		d := &annotation.Document{Tokens: make([]lang.Token, n)}
		for _, e := range ents {
			d.Entities = append(d.Entities, annotation.Entity{First: e[0], Last: e[1]})
		}
		for _, s := range sents {
			d.Sentences = append(d.Sentences, lang.Sentence{First: s[0], Last: s[1]})
		}
		return d
	}
	tests := []struct {
		name                string
		doc                 *annotation.Document
		wantCovered, starts []bool
	}{
		{"long first", doc(6, [][2]int{{0, 2}, {4, 6}}, [][2]int{{0, 3}, {3, 6}}),
			[]bool{true, true, false, false, true, true}, []bool{true, false, false, true, false, false}},
		{"shorter, fewer", doc(4, [][2]int{{1, 2}}, [][2]int{{0, 4}}),
			[]bool{false, true, false, false}, []bool{true, false, false, false}},
		{"out of range", doc(3, [][2]int{{-1, 1}, {2, 9}}, [][2]int{{-1, 0}, {5, 6}, {1, 3}}),
			[]bool{true, false, true}, []bool{false, true, false}},
		{"empty", doc(0, nil, nil), []bool{}, []bool{}},
	}
	n := new(notedTokens)
	for _, tt := range tests {
		if got := n.coveredTokens(tt.doc); !slices.Equal(got, tt.wantCovered) {
			t.Errorf("%s: covered %v, want %v", tt.name, got, tt.wantCovered)
		}
		if got := n.sentenceStarts(tt.doc); !slices.Equal(got, tt.starts) {
			t.Errorf("%s: starts %v, want %v", tt.name, got, tt.starts)
		}
	}
}
