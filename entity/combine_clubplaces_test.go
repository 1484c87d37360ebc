package entity

import (
	"testing"

	"github.com/varlik/varlik/gazetteer"
)

// TestPlacesByLocativeClub checks which organizations' mentions with a
// locative ending become the places the gazetteer knows them as.
func TestPlacesByLocativeClub(t *testing.T) {
	tests := []struct {
		text, name string
		want       Type
	}{
		{"Erdoğan Köln'de bir cami açtı.", "Köln", Location},
		{"Taraftarlar Köln'deki maçı izledi.", "Köln", Location},
		{"Oyuncu Köln'den transfer oldu.", "Köln", Organization},        // the ablative: from where, the club as often
		{"Köln'ün teknik direktörü konuştu.", "Köln", Organization},     // the genitive
		{"Oyuncu Zorbaspor'da forma giydi.", "Zorbaspor", Organization}, // no place the gazetteer knows
	}
	g := gazetteer.Default()
	for _, tc := range tests {
		doc, ents, l := docHolding(t, "tr", tc.text, tc.name, Organization)
		if len(ents) != 1 {
			t.Fatalf("%q: %d mentions of %q", tc.text, len(ents), tc.name)
		}
		placesByLocativeClub(doc, ents, l, g)
		if ents[0].Type != tc.want || ents[0].Type == Location && ents[0].ID == "" {
			t.Errorf("%q: %s %q, want %s", tc.text, ents[0].Type, ents[0].ID, tc.want)
		}
	}
}
