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

// TestDropStormsDocument checks that a given name read as a storm in one
// sentence is a storm in the whole document, in English and Turkish
// sentences written for the test.
func TestDropStormsDocument(t *testing.T) {
	tests := []struct {
		code, text, held string
		want             string
	}{
		{"en", "Ellen strengthened into a hurricane. Ellen is expected to move north.", "Ellen", ""},
		{"en", "Ellen met the mayor. Ellen is expected to speak.", "Ellen", "Ellen|Ellen"}, // no storm in the story
		{"tr", "Elena kasırgası dün güçlendi. Elena yarın kuzeye ilerleyecek.", "Elena", ""},
		{"tr", "Fırtına uyarısı yapıldı. Elena evde kaldı.", "Elena", "Elena"}, // the storm's sentence names no Elena
		{"tr", "Elena yarın Ankara'ya gidecek.", "Elena", "Elena"},
	}
	for _, tc := range tests {
		doc, ents, l := docHolding(t, tc.code, tc.text, tc.held, Person)
		if got := textsOf(t, doc, dropStorms(doc, ents, l), ""); got != tc.want {
			t.Errorf("%q: kept %q, want %q", tc.text, got, tc.want)
		}
	}
}
