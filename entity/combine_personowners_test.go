package entity

import (
	"testing"
)

// TestRetypePersonOwners checks which place mentions what their
// possessive owns makes people.
func TestRetypePersonOwners(t *testing.T) {
	tests := []struct {
		text, name, id string
		typ            Type
		want           Type
	}{
		{"They voted on Kavanaugh's nomination.", "Kavanaugh", "", Location, Person},
		{"It was part of West's rant.", "West", "", Location, Person},
		{"The senators heard Okafor's testimony.", "Okafor", "", Location, Person},
		{"Lindqvist's wife spoke to reporters.", "Lindqvist", "", Location, Person},
		{"It was part of West' rant.", "West", "", Location, Person},         // the apostrophe alone
		{"Britain's agents were there.", "Britain", "", Location, Location},  // not a person's
		{"Georgia's son was there.", "Georgia", "Q1428", Location, Location}, // the gazetteer's
		{"Sainsbury's son was there.", "Sainsbury", "", Organization, Organization},
		{"Kavanaugh nomination went on.", "Kavanaugh", "", Location, Location}, // no possessive
	}
	for _, tc := range tests {
		doc, ents, l := mentionIn(t, "en", tc.text, tc.name, tc.typ, tc.id)
		retypePersonOwners(doc, ents, l)
		if ents[0].Type != tc.want {
			t.Errorf("%q: %s, want %s", tc.text, ents[0].Type, tc.want)
		}
	}
}
