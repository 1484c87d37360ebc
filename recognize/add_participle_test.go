package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
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
		{"Dün açıklama yapan Bakan, yeni bir karar aldı.", "", ""},     // a role
		{"Geçen yıl kurulan Derneğimiz, yardım topladı.", "", ""},      // our association
	}
	for _, tc := range tests {
		doc, ents, l := docHolding(t, "tr", tc.text, tc.held, annotation.Location)
		if got := textsOf(t, doc, addParticipleSubjects(doc, ents, l, wordCasesOf(doc.Tokens)), annotation.Person); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}
