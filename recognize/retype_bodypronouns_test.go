package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang/en"
)

// TestRetypeByPronoun checks the people made organizations by a thing's
// pronoun (sentences written for the test).
func TestRetypeByPronoun(t *testing.T) {
	tests := []struct {
		marked string // the sentence, its mentions marked as markedDoc reads them
		want   string
	}{
		{"[Kessling] , which owns three mines , said output rose .", "ORG Kessling"},
		{"[Kessling] said its profit rose 5 percent .", "ORG Kessling"},
		{"[Kessling] , who owns three mines , said output rose .", "PER Kessling"},          // who: a person
		{"[Kessling] said his profit rose .", "PER Kessling"},                               // his
		{"[Kessling] said it was a fine day .", "PER Kessling"},                             // it: no telling
		{"[Brett Kessling] , which nobody expected , resigned .", "PER Brett Kessling"},     // a given name
		{"The hearings for [Kessling] , which became tense , ended .", "PER Kessling"},      // after a preposition
		{"An interview with his nephew [Kessling] , which aired , ended .", "PER Kessling"}, // after a person's noun
		{"The retailer [Kessling] , which owns three mines , grew .", "ORG Kessling"},       // a firm's noun: no person's
		{"[Kessling]@Q1 said its profit rose .", "PER Kessling"},                            // a person the gazetteer knows
		{"L=[Japan] said its exports rose .", "LOC Japan"},                                  // a country says its too
	}
	l := en.English{}
	for _, tc := range tests {
		doc, ents := markedDoc(t, l, tc.marked, annotation.Person)
		retypeByPronoun(doc, ents, l)
		if m := mentionsOf(t, doc, ents); m != tc.want {
			t.Errorf("%s: %q, want %q", tc.marked, m, tc.want)
		}
	}
}
