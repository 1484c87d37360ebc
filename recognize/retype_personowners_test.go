package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
)

// TestRetypePersonOwners checks which place mentions what their
// possessive owns makes people.
func TestRetypePersonOwners(t *testing.T) {
	tests := []struct {
		text, name, id string
		typ            annotation.Type
		want           annotation.Type
	}{
		{"They voted on Kavanaugh's nomination.", "Kavanaugh", "", annotation.Location, annotation.Person},
		{"It was part of West's rant.", "West", "", annotation.Location, annotation.Person},
		{"The senators heard Okafor's testimony.", "Okafor", "", annotation.Location, annotation.Person},
		{"Lindqvist's wife spoke to reporters.", "Lindqvist", "", annotation.Location, annotation.Person},
		{"It was part of West' rant.", "West", "", annotation.Location, annotation.Person},         // the apostrophe alone
		{"Britain's agents were there.", "Britain", "", annotation.Location, annotation.Location},  // not a person's
		{"Georgia's son was there.", "Georgia", "Q1428", annotation.Location, annotation.Location}, // the gazetteer's
		{"Sainsbury's son was there.", "Sainsbury", "", annotation.Organization, annotation.Organization},
		{"Kavanaugh nomination went on.", "Kavanaugh", "", annotation.Location, annotation.Location}, // no possessive
	}
	for _, tc := range tests {
		doc, ents, l := mentionIn(t, "en", tc.text, tc.name, tc.typ, tc.id)
		retypePersonOwners(doc, ents, l)
		if ents[0].Type != tc.want {
			t.Errorf("%q: %s, want %s", tc.text, ents[0].Type, tc.want)
		}
	}
}
