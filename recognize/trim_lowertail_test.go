package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang/en"
)

// TestTrimLowerTail checks which lower-case words come off a mention's end
// (sentences written for the test).
func TestTrimLowerTail(t *testing.T) {
	tests := []struct {
		marked string // the sentence, its mentions marked as markedDoc reads them
		want   string // mentionsOf after the rule
	}{
		{"It rained in L=[Yunnan province] today .", "LOC Yunnan"},
		{"He saw the L=[West Bank barrier] .", "LOC West Bank"},
		{"They back the O=[Labour party] .", "ORG Labour party"},        // an organization's kind
		{"Ask P=[Frank mcclelland] about it .", "PER Frank mcclelland"}, // a surname in lower case
		{"Ask P=[Frank today] about it .", "PER Frank"},                 // a dictionary word
		{"We went to L=[san francisco] .", "LOC san francisco"},         // no capitalized word
	}
	l := en.English{}
	for _, tc := range tests {
		doc, ents := markedDoc(t, l, tc.marked, annotation.Person)
		trimLowerTail(doc, ents, l)
		if m := mentionsOf(t, doc, ents); m != tc.want {
			t.Errorf("%s: %q, want %q", tc.marked, m, tc.want)
		}
	}
}
