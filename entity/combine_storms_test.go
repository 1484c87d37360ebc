package entity

import (
	"testing"
)

// TestDropStorms checks which given names in a sentence about a storm stop
// being people.
func TestDropStorms(t *testing.T) {
	tests := []struct {
		text, held string // held: the word of the one-word PERSON mentions already found
		want       string // the mentions kept, "|"-separated
	}{
		{"Forecasters said Ellen would strengthen into a hurricane by Friday.", "Ellen", ""},
		{"The storm weakened overnight. Ellen is expected to move north.", "Ellen", "Ellen"}, // the second sentence has no storm word
		{"The match was played in heavy rain as Harry watched.", "Harry", "Harry"},           // rain is no storm's alone
		{"Obama said the storm was deadly.", "Obama", "Obama"},                               // no given name
		{"Maria met Obama on Monday.", "Maria", "Maria"},                                     // no storm
	}
	for _, tc := range tests {
		doc, ents, l := docHolding(t, "en", tc.text, tc.held, Person)
		if got := textsOf(t, doc, dropStorms(doc, ents, l), ""); got != tc.want {
			t.Errorf("%q: kept %q, want %q", tc.text, got, tc.want)
		}
	}
}
