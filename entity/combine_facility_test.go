package entity

import (
	"strings"
	"testing"
)

// TestAddFacilities checks which runs of capitalized words before a
// facility's head noun become places.
func TestAddFacilities(t *testing.T) {
	tests := []struct {
		text, held string // a person's mention holds the word held
		want       string // the places after the rule, "|"-separated
	}{
		{"Maç dün Ali Sami Yen Stadı'nda oynandı.", "", "Ali Sami Yen Stadı"},
		{"Tören Dolmabahçe Sarayı'nda yapıldı.", "", "Dolmabahçe Sarayı"},
		{"Heyet Atatürk Havalimanı'na indi.", "Atatürk", "Atatürk Havalimanı"}, // the person it is named after
		{"Maç dün stadı doldurdu.", "", ""},                                    // no capitalized head
		{"Dün Stadı gezdik.", "", ""},                                          // no word before the head
	}
	for _, tc := range tests {
		doc, ents, l := docHolding(t, "tr", tc.text, tc.held, Person)
		var got []string
		for _, e := range addFacilities(doc, ents, l) {
			if doc.Text[e.Start:e.End] != e.Text {
				t.Errorf("%q: %q is not its span", tc.text, e.Text)
			}
			if e.Type == Location {
				got = append(got, e.Text)
			}
		}
		if strings.Join(got, "|") != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}
