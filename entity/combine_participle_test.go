package entity

import (
	"strings"
	"testing"
)

// TestAddParticipleSubjects checks which words between a subject
// participle and a comma become people.
func TestAddParticipleSubjects(t *testing.T) {
	tests := []struct {
		text, held string // a place mention of the tagger holds held
		want       string // the people after the rule, "|"-separated
	}{
		{"Kararı doğru bulduğunu söyleyen Kaya, yeni bir açıklama yaptı.", "", "Kaya"},
		{"Maçta iki gol atan Zucchetti, takımını sırtladı.", "Zucchetti", "Zucchetti"},
		{"Kararı eleştiren Türkler, sokağa çıktı.", "", ""},            // a plural
		{"Kararı eleştiren TÜSİAD, açıklama yaptı.", "", ""},           // capitals
		{"Açıklama tarafından Kaya, yeni bir açıklama yaptı.", "", ""}, // no participle
		{"Kararı doğru bulduğunu söyleyen Kaya dün konuştu.", "", ""},  // no comma
	}
	for _, tc := range tests {
		doc, ents, l := docHolding(t, "tr", tc.text, tc.held, Location)
		var got []string
		for _, e := range addParticipleSubjects(doc, ents, l) {
			if doc.Text[e.Start:e.End] != e.Text {
				t.Errorf("%q: %q is not its span", tc.text, e.Text)
			}
			if e.Type == Person {
				got = append(got, e.Text)
			}
		}
		if strings.Join(got, "|") != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}
