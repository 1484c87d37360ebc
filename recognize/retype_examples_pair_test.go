package recognize

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
)

// TestExamplesOfKindsPair checks the apposition of two names to a kind's
// plural after a definite article, without an introducing word.
func TestExamplesOfKindsPair(t *testing.T) {
	tests := []struct {
		marked string // [bracketed] runs: the mentions, P= people, L= places
		want   string // the mentions after the rule, "TYPE text" joined by " | "
	}{
		{"against the discounters P=[Aldi] and P=[Lidl] with", "ORGANIZATION Aldi | ORGANIZATION Lidl"},
		{"against the discounters Aldi and Lidl with", "ORGANIZATION Aldi | ORGANIZATION Lidl"},
		{"against the retailers P=[Boots] and Superdrug with", "ORGANIZATION Boots | ORGANIZATION Superdrug"},
		{"against discounters P=[Aldi] and P=[Lidl] with", "PERSON Aldi | PERSON Lidl"},   // no article
		{"against the discounters P=[Aldi] with", "PERSON Aldi"},                          // one name
		{"against the discounters P=[Aldi] , P=[Lidl] with", "PERSON Aldi | PERSON Lidl"}, // no coordinating word
		{"against the players P=[Aldi] and P=[Lidl] with", "PERSON Aldi | PERSON Lidl"},   // not a kind of organization
	}
	for _, tc := range tests {
		doc, ents := markedDoc(t, en.English{}, tc.marked, annotation.Organization)
		doc.Sentences = []lang.Sentence{{Start: 0, End: len(doc.Text), First: 0, Last: len(doc.Tokens)}}
		out, _ := examplesOfKinds(doc, ents, en.English{}, nil, wordCasesOf(doc.Tokens), wordCuesOf(doc.Tokens, en.English{}))
		var got []string
		for _, e := range out {
			if doc.Text[e.Start:e.End] != e.Text {
				t.Errorf("%s: offsets of %q", tc.marked, e.Text)
			}
			got = append(got, string(e.Type)+" "+e.Text)
		}
		if s := strings.Join(got, " | "); s != tc.want {
			t.Errorf("%s: %s, want %s", tc.marked, s, tc.want)
		}
	}
}
