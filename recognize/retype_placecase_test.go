package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/ner"
)

// TestPlacesByLocative checks which person's mentions with a locative
// ending become places.
func TestPlacesByLocative(t *testing.T) {
	m, err := ner.DefaultModel("tr")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, held string
		want       annotation.Type
	}{
		{"Gemi üç gün Tenerif'te kaldı.", "Tenerif", annotation.Location},
		{"Toplantı Harvestehude'deki salonda yapıldı.", "Harvestehude", annotation.Location},
		{"Açıklama Tenerif'ten geldi.", "Tenerif", annotation.Person}, // the ablative: a person's too
		{"Top şimdi Mehmet'te.", "Mehmet", annotation.Person},         // a given name
		{"Törene Kemal'de katıldı.", "Kemal", annotation.Person},      // a given name the lexicon lists as a word
		{"Gemi Tenerif'e gitti.", "Tenerif", annotation.Person},       // the dative
	}
	for _, tc := range tests {
		doc, ents, l := docHolding(t, "tr", tc.text, tc.held, annotation.Person)
		if len(ents) != 1 {
			t.Fatalf("%q: %d mentions of %q", tc.text, len(ents), tc.held)
		}
		placesByLocative(doc, ents, l, m)
		if ents[0].Type != tc.want {
			t.Errorf("%q: %q is a %s, want %s", tc.text, tc.held, ents[0].Type, tc.want)
		}
	}
}
