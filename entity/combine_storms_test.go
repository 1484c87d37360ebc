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
		{"Rosa will bring flooding rains across Mexico.", "Rosa", ""},
		{"Rosa had winds of 85 mph. Rosa is expected to move north.", "Rosa", "Rosa"}, // the second sentence has no storm word
		{"Obama said the storm was deadly.", "Obama", "Obama"},                        // no given name
		{"Maria met Obama on Monday.", "Maria", "Maria"},                              // no storm
	}
	for _, tc := range tests {
		doc, ents, l := docHolding(t, "en", tc.text, tc.held, Person)
		if got := textsOf(t, doc, dropStorms(doc, ents, l), ""); got != tc.want {
			t.Errorf("%q: kept %q, want %q", tc.text, got, tc.want)
		}
	}
}
