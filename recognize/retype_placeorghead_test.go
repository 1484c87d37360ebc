package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
)

// TestPlacesWithOrgHead checks which place mentions become organizations.
func TestPlacesWithOrgHead(t *testing.T) {
	tests := []struct {
		lang, text, place string // place: the text of the place mention given
		id                string // the gazetteer's entry, if it gave one
		want              annotation.Type
	}{
		{"en", "The latest National Hurricane Center models predict rain.", "National Hurricane Center", "", annotation.Organization},
		{"en", "He was the commander of U.S. Central Command until May.", "U.S. Central Command", "", annotation.Organization},
		{"en", "It is right by Civic Center downtown.", "Civic Center", "", annotation.Location},                        // two words: a building
		{"en", "Rain fell over the West Bank today.", "West Bank", "", annotation.Location},                             // two words
		{"en", "They drove to Orange County Beach yesterday.", "Orange County Beach", "", annotation.Location},          // a place's head
		{"en", "He flew to Greater Boston Medical Center.", "Greater Boston Medical Center", "Q1", annotation.Location}, // the gazetteer's place
		{"tr", "Zanlılar sabah Rize Adliyesi'ne götürüldü.", "Rize Adliyesi", "", annotation.Organization},              // two words, a head beyond the cues
		{"tr", "Para Karaköy Şubesi'nden çekildi.", "Karaköy Şubesi", "", annotation.Organization},
		{"tr", "Ders Boğaziçi Üniversitesi'nde verildi.", "Boğaziçi Üniversitesi", "", annotation.Location}, // two words, a cue: the model's choice
	}
	for _, tc := range tests {
		doc, _, l := docHolding(t, tc.lang, tc.text, "", "")
		first, last := tokenRange(t, doc, tc.place)
		e := doc.Mention(first, last, annotation.Location, 0.5, "model")
		e.ID = tc.id
		ents := []annotation.Entity{e}
		placesWithOrgHead(doc, ents, l)
		if ents[0].Type != tc.want || doc.Text[ents[0].Start:ents[0].End] != tc.place {
			t.Errorf("%q: %q is %v, want %v", tc.text, ents[0].Text, ents[0].Type, tc.want)
		}
	}
}

// tokenRange returns the tokens of doc whose text, joined by spaces as
// they are in the tests' sentences, is phrase.
func tokenRange(t *testing.T, doc *annotation.Document, phrase string) (first, last int) {
	t.Helper()
	for i := range doc.Tokens {
		for k := i + 1; k <= len(doc.Tokens); k++ {
			if doc.Text[doc.Tokens[i].Start:doc.Tokens[k-1].End] == phrase {
				return i, k
			}
		}
	}
	t.Fatalf("%q: no tokens make %q", doc.Text, phrase)
	return 0, 0
}
