package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
)

// TestTrimLeadingDemonyms checks that a nationality word comes off the
// front of a person's mention before a capitalized word, and stays in an
// organization's name and before a lower-case word.
func TestTrimLeadingDemonyms(t *testing.T) {
	g := gazetteer.Default()
	for _, tc := range []struct {
		l      lang.Language
		marked string // [bracketed] runs: the mentions (people unless O=)
		want   string
	}{
		{en.English{}, "It was scored by [Belgian Eden Hazard] .", "PER Eden Hazard"},
		{en.English{}, "[Russian Vladimir Putin] said no .", "PER Vladimir Putin"},
		{en.English{}, "[Belgian] scored .", "PER Belgian"},                                  // nothing after it: screen's demonym rule drops it
		{en.English{}, "O=[Russian Football Union] said no .", "ORG Russian Football Union"}, // an organization
	} {
		doc, ents := markedDoc(t, tc.l, tc.marked, annotation.Person)
		trimLeadingDemonyms(doc, ents, tc.l, g)
		if got := mentionsOf(t, doc, ents); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.marked, got, tc.want)
		}
	}
}
