package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
)

// TestPlacesByLocativeClub checks which organizations' mentions with a
// locative ending become the places the gazetteer knows them as.
func TestPlacesByLocativeClub(t *testing.T) {
	tests := []struct {
		text, name string
		want       annotation.Type
	}{
		{"Erdoğan Köln'de bir cami açtı.", "Köln", annotation.Location},
		{"Taraftarlar Köln'deki maçı izledi.", "Köln", annotation.Location},
		{"Oyuncu Köln'den transfer oldu.", "Köln", annotation.Organization},        // the ablative: from where, the club as often
		{"Köln'ün teknik direktörü konuştu.", "Köln", annotation.Organization},     // the genitive
		{"Oyuncu Zorbaspor'da forma giydi.", "Zorbaspor", annotation.Organization}, // no place the gazetteer knows
	}
	g := gazetteer.Default()
	for _, tc := range tests {
		doc, ents, l := docHolding(t, "tr", tc.text, tc.name, annotation.Organization)
		if len(ents) != 1 {
			t.Fatalf("%q: %d mentions of %q", tc.text, len(ents), tc.name)
		}
		placesByLocativeClub(doc, ents, l, g)
		if ents[0].Type != tc.want || ents[0].Type == annotation.Location && ents[0].ID == "" {
			t.Errorf("%q: %s %q, want %s", tc.text, ents[0].Type, ents[0].ID, tc.want)
		}
	}
}
