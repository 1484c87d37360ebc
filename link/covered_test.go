package link

import (
	"slices"
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang/en"
)

// TestCoveredBy checks the covered tokens and sentence starts notedTokens
// keeps against those of each document's mentions and sentences counted
// anew: on no tokens, mentions out of the tokens' range, invalid UTF-8, a
// document too large for the pooled arrays and small ones after it, and
// after mentions are added (merge) or none are.
func TestCoveredBy(t *testing.T) {
	l := en.English{}
	huge := strings.Repeat("Dr. Smith met Li in Paris. ", maxPooledTokens/7+1)
	for _, c := range []struct {
		text  string
		spans [][2]int // the mentions' First and Last
		added [][2]int // mentions merge adds, then
	}{
		{text: ""},
		{text: "Dr. Smith met Li in Paris.", spans: [][2]int{{1, 2}, {5, 6}}, added: [][2]int{{3, 4}}},
		{text: "Dr. Smith met Li in Paris.", spans: [][2]int{{-1, 1}, {5, 40}}},
		{text: "\xff\xfe Abc. \x80x. Über", spans: [][2]int{{0, 1}}, added: [][2]int{}},
		{text: huge, spans: [][2]int{{1, 2}, {7000, 7001}}, added: [][2]int{{3, 4}}},
		{text: "Li met Smith. Then Paris.", spans: [][2]int{{2, 3}}, added: [][2]int{{0, 1}, {5, 6}}},
	} {
		doc := &annotation.Document{Text: c.text, Tokens: l.Tokenize(c.text)}
		doc.Sentences = l.Sentences(c.text, doc.Tokens)
		for _, s := range c.spans {
			doc.Entities = append(doc.Entities, annotation.Entity{First: s[0], Last: s[1], Start: doc.Tokens[max(s[0], 0)].Start})
		}
		n := noteTokens(doc)
		check := func(when string) {
			t.Helper()
			want := make([]bool, len(doc.Tokens))
			for _, e := range doc.Entities {
				for k := max(e.First, 0); k < min(e.Last, len(want)); k++ {
					want[k] = true
				}
			}
			if got := n.coveredBy(doc); !slices.Equal(got, want) {
				t.Errorf("%.30q %s: covered %v, want %v", c.text, when, got, want)
			}
			starts := make([]bool, len(doc.Tokens))
			for _, s := range doc.Sentences {
				starts[s.First] = true
			}
			if got := n.sentenceStarts(doc); !slices.Equal(got, starts) {
				t.Errorf("%.30q %s: sentence starts %v, want %v", c.text, when, got, starts)
			}
		}
		check("first")
		check("asked again")
		var added []annotation.Entity
		for _, s := range c.added {
			added = append(added, annotation.Entity{First: s[0], Last: s[1], Start: doc.Tokens[s[0]].Start})
		}
		n.merge(doc, added)
		check("after merge")
		n.release()
	}
}
