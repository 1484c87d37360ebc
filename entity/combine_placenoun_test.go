package entity

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang/tr"
)

// TestPlacesBeforePlaceNoun checks which mentions before a lower-case
// settlement or region noun become places, and that a known place takes
// the gazetteer's place entry.
func TestPlacesBeforePlaceNoun(t *testing.T) {
	tests := []struct {
		words string // tokens, space-separated; [bracketed] runs are mentions, O= an organization's, P= a person's
		want  string // the types afterwards, "|"-separated
		place bool   // whether the first mention got a gazetteer entry
	}{
		{"O=[Köln]@club kentine gitti", "LOC", true},
		{"maç O=[Napoli] kentindeki stadyumda", "LOC", true},
		{"yağmur P=[Kelso Ridge] bölgesine yayıldı", "LOC", false},
		{"P=[Bruno] ve P=[Dalla] köylerinde", "PER|LOC", false},           // only the name before the noun
		{"yönetici P=[Joe Alleva] bölge kolluk kuvvetleri", "PER", false}, // a bare noun is an adjective's
		{"O=[AB] ülkeleri anlaştı", "ORG", false},                         // a country noun: the Union's members
		{"O=[Köln] Kenti Derneği", "ORG", false},                          // a capitalized noun is a name's
	}
	l, g := tr.Turkish{}, gazetteer.Default()
	for _, tc := range tests {
		doc, ents := markedDoc(t, l, tc.words, Person)
		placesBeforePlaceNoun(doc, ents, l, g)
		var got []string
		for _, e := range ents {
			got = append(got, map[Type]string{Person: "PER", Location: "LOC", Organization: "ORG"}[e.Type])
		}
		if strings.Join(got, "|") != tc.want {
			t.Errorf("%s: got %s, want %s", tc.words, strings.Join(got, "|"), tc.want)
		}
		if (ents[0].ID != "") != tc.place || ents[0].ID == "club" {
			t.Errorf("%s: ID %q, want a place's: %v", tc.words, ents[0].ID, tc.place)
		}
	}
}
