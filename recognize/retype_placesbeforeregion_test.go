package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/ner"
)

// TestPlacesBeforeRegion checks which person's mentions followed by a
// comma and a known place become places.
func TestPlacesBeforeRegion(t *testing.T) {
	m, err := ner.DefaultModel("tr")
	if err != nil {
		t.Fatal(err)
	}
	g := gazetteer.Default()
	tests := []struct {
		text, town, region string
		want               annotation.Type
	}{
		{"Miting Wheeling, Arizona'da yapılacak.", "Wheeling", "Arizona", annotation.Location},
		{"Ahmet, Arizona'da konuştu.", "Ahmet", "Arizona", annotation.Person},               // a person's name
		{"Lee, Arizona'da konuştu.", "Lee", "Arizona", annotation.Person},                   // a surname the lexicon lists as a proper name
		{"Miting Wheeling Arizona'da yapılacak.", "Wheeling", "Arizona", annotation.Person}, // no comma
	}
	for _, tc := range tests {
		doc, ents, l := docHolding(t, "tr", tc.text, tc.town, annotation.Person)
		_, places, _ := docHolding(t, "tr", tc.text, tc.region, annotation.Location)
		if len(ents) != 1 || len(places) != 1 {
			t.Fatalf("%q: mentions %v %v", tc.text, ents, places)
		}
		places[0].ID = "x"
		if en := g.Lookup(tc.region, ""); len(en) > 0 {
			places[0].ID = en[0].ID
		}
		ents = append(ents, places...)
		placesBeforeRegion(doc, ents, l, m, g)
		if ents[0].Type != tc.want {
			t.Errorf("%q: %q is a %s, want %s", tc.text, tc.town, ents[0].Type, tc.want)
		}
		if doc.Text[ents[0].Start:ents[0].End] != ents[0].Text {
			t.Errorf("%q: offsets of %+v", tc.text, ents[0])
		}
	}
}
