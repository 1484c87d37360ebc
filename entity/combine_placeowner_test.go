package entity

import (
	"testing"

	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
)

// TestSplitPlaceOwner checks the mentions split after a known place's
// possessive (sentences written for the test).
func TestSplitPlaceOwner(t *testing.T) {
	tests := []struct {
		marked string // the sentence, its mentions marked as markedDoc reads them
		want   string // mentionsOf after the rule
	}{
		{"O=[Iraq 's Revolutionary Command Council] met on Sunday .", "LOC Iraq|ORG Revolutionary Command Council"},
		{"O=[Hong Kong 's Hang Seng] index fell .", "LOC Hong Kong|ORG Hang Seng"},
		{"O=[Moody 's Investors Service] cut the rating .", "ORG Moody 's Investors Service"}, // no place owns it
		{"P=[Iraq 's] army withdrew .", "PER Iraq 's"},                                        // nothing capitalized after it
		{"O=[Iraq 's armed forces] withdrew .", "ORG Iraq 's armed forces"},
	}
	g := gazetteer.Default()
	l := en.English{}
	for _, tc := range tests {
		doc, ents := markedDoc(t, l, tc.marked, Organization)
		doc.Sentences = []lang.Sentence{{Start: 0, End: len(doc.Text), First: 0, Last: len(doc.Tokens)}}
		got := splitPlaceOwner(doc, ents, l, g)
		if m := mentionsOf(t, doc, got); m != tc.want {
			t.Errorf("%s: %q, want %q", tc.marked, m, tc.want)
		}
		if len(got) == 2 && got[0].ID == "" {
			t.Errorf("%s: the place has no entry", tc.marked)
		}
	}
}
