package recognize

import (
	"slices"
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
)

// TestQualifiedLoneBodies checks which lone bodies' words take the
// Title-case words before them as one organization.
func TestQualifiedLoneBodies(t *testing.T) {
	tests := []struct {
		code, text string
		held       string // a one-word mention given as a place, if any
		want       []string
	}{
		{"en", "the UK works as part of the Global Coalition to defeat them", "", []string{"ORGANIZATION Global Coalition"}},
		{"en", "the wider Global Coalition is committed", "", []string{"ORGANIZATION Global Coalition"}},
		{"en", "The Global Coalition continues to strike targets", "", []string{"ORGANIZATION Global Coalition"}}, // after an opening article
		{"en", "he served in the Royal Navy Reserve", "", nil},                                                    // a longer name goes on
		{"en", "Global Coalition aircraft struck", "", nil},                                                       // opens the sentence
		{"en", "the Big New York Fed said", "", nil},                                                              // three words before the body's: a longer name
		{"en", "officials at the New York Fed said", "", []string{"ORGANIZATION New York Fed"}},                   // two words before the body's
		{"en", "troops of the Syrian Army moved", "Syrian", []string{"LOCATION Syrian"}},                          // a mention holds a word
		{"en", "the global coalition is committed", "", nil},                                                      // not capitalized
		{"en", "the Global Alliance is committed", "", nil},                                                       // no lone body's word
		{"tr", "the Global Coalition is committed", "", nil},                                                      // no such English word in Turkish
	}
	for _, tc := range tests {
		doc, ents, l := docHolding(t, tc.code, tc.text, tc.held, annotation.Location)
		if len(doc.Tokens) != len(strings.Fields(tc.text)) {
			t.Fatalf("%s: %d tokens", tc.text, len(doc.Tokens))
		}
		var got []string
		for _, e := range qualifiedLoneBodies(doc, ents, l, wordCasesOf(doc.Tokens)) {
			if doc.Text[e.Start:e.End] != e.Text {
				t.Errorf("%s: %q at %d:%d", tc.text, e.Text, e.Start, e.End)
			}
			got = append(got, string(e.Type)+" "+e.Text)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: %q, want %q", tc.text, got, tc.want)
		}
	}
}
