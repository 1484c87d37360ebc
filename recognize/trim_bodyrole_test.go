package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang/en"
)

// TestTrimLeadingBodyRole checks the roles cut off the front of
// organizations (sentences written for the test).
func TestTrimLeadingBodyRole(t *testing.T) {
	tests := []struct {
		marked string // the sentence, its mentions marked as markedDoc reads them
		want   string
	}{
		{"She wants to be a O=[Member of Congress] .", "ORG Congress"},               // a lone body
		{"He was O=[Chairman of the Federal Reserve] then .", "ORG Federal Reserve"}, // the gazetteer's; the article goes
		{"A O=[Member of the Welsh Parliament] spoke .", "ORG Welsh Parliament"},     // two capitalized words
		{"He is O=[Head of State] now .", "ORG Head of State"},                       // one word no body
		{"The O=[University of Michigan] grew .", "ORG University of Michigan"},      // no role
		{"The O=[Friends of the Earth] protested .", "ORG Friends of the Earth"},     // no role
		{"A L=[Member of Congress] spoke .", "LOC Member of Congress"},               // not an organization
	}
	g := gazetteer.Default()
	l := en.English{}
	for _, tc := range tests {
		doc, ents := markedDoc(t, l, tc.marked, annotation.Organization)
		trimLeadingBodyRole(doc, ents, l, g)
		if m := mentionsOf(t, doc, ents); m != tc.want {
			t.Errorf("%s: %q, want %q", tc.marked, m, tc.want)
		}
	}
}
