package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
)

// TestCleanCapsMentions checks the mentions of a sentence written in
// capitals (sentences written for the test).
func TestCleanCapsMentions(t *testing.T) {
	tests := []struct {
		marked string // one sentence, its mentions marked as markedDoc reads them
		want   string
	}{
		{"THE EXPERT O=[WHO] PLAYED THE BELLS IN L=[PARIS]", "LOC PARIS"},
		{"O=[IT] WAS A COLD DAY IN L=[OSLO]", "LOC OSLO"},
		{"Officials of the O=[WHO] met in L=[Geneva] .", "ORG WHO|LOC Geneva"}, // mixed case: the acronym
		{"O=[WHO] ?", "ORG WHO"},                                             // too short to tell
		{"O=[WHO] WARNS OF O=[NATO] CUTS", "ORG NATO"},                       // a headline: the pronoun's reading wins
		{"O=[SAINSBURY 'S PLANS] FOR BEAUTY AISLES", "ORG SAINSBURY"},        // cut before the possessive
		{"THEY O=['LL] BE BACK IN L=[ROME]", "LOC ROME"},                     // a contraction
		{"STANDINGS AFTER O=[TUESDAY] 'S GAMES", ""},                         // a day
		{"O=[RUGBY UNION - WASPS] SIGN NEW LOCK", "ORG WASPS"},               // the desk's slug
		{"O=[Sainsbury 's Bank] opened a branch .", "ORG Sainsbury 's Bank"}, // mixed case: left alone
	}
	l := en.English{}
	for _, tc := range tests {
		doc, ents := markedDoc(t, l, tc.marked, annotation.Organization)
		doc.Sentences = []lang.Sentence{{Start: 0, End: len(doc.Text), First: 0, Last: len(doc.Tokens)}}
		if m := mentionsOf(t, doc, cleanCapsMentions(doc, ents, l)); m != tc.want {
			t.Errorf("%s: %q, want %q", tc.marked, m, tc.want)
		}
	}
}
