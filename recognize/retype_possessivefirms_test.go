package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
)

// TestRetypePossessiveFirms checks which people's mentions become firms
// by a verb after their possessive.
func TestRetypePossessiveFirms(t *testing.T) {
	tests := []struct {
		l     lang.Language
		words string // tokens, space-separated; the mention is the [bracketed] ones
		typ   annotation.Type
		id    string
		want  string // "TYPE text" after the rule
	}{
		{en.English{}, "[Sainsbury] 's tested a joint venture with Boots", annotation.Person, "", "PERSON Sainsbury"}, // 's may be "has"
		{en.English{}, "Reporters said [Federer] 's won the title again", annotation.Person, "", "PERSON Federer"},    // Federer has won
		{en.English{}, "[Smith] 's signed the contract", annotation.Person, "", "PERSON Smith"},
		{en.English{}, "[Sainsbury] 's has been putting Argos outlets in", annotation.Person, "", "ORGANIZATION Sainsbury"},
		{en.English{}, "[Smith] 's alleged victim spoke", annotation.Person, "", "PERSON Smith"}, // an adjective
		{en.English{}, "[Smith] 's commercial director", annotation.Person, "", "PERSON Smith"},  // owns a role
		{en.English{}, "[John Smith] 's has been", annotation.Person, "", "PERSON John Smith"},   // two words
		{en.English{}, "[Paris] 's has been", annotation.Location, "", "LOCATION Paris"},         // not a person
		{en.English{}, "[Sainsbury] 's has been", annotation.Person, "Q1", "PERSON Sainsbury"},   // linked
		{en.English{}, "[Sainsbury] has tested a", annotation.Person, "", "PERSON Sainsbury"},    // no possessive
	}
	for _, tc := range tests {
		doc, first, last := bracketedDoc(t, tc.l, tc.words)
		ents := []annotation.Entity{doc.Mention(first, last, tc.typ, 0.5, "model")}
		ents[0].ID = tc.id
		names := retypePossessiveFirms(doc, ents, tc.l)
		e := ents[0]
		if got := string(e.Type) + " " + e.Text; got != tc.want || doc.Text[e.Start:e.End] != e.Text || (len(names) == 1) != (e.Type != tc.typ) {
			t.Errorf("%s: %s (names %q), want %s", tc.words, got, names, tc.want)
		}
	}
}
