package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
)

// TestAddApposedPeople checks which names an age, a relative pronoun for
// people or a role after them makes people's.
func TestAddApposedPeople(t *testing.T) {
	tests := []struct {
		text, held string // held: the word of a one-word LOCATION mention already found
		want       string // the mentions afterwards, type and text, "|"-separated
	}{
		{"Woods, who dragged himself through two matches, lost.", "", "PER Woods"},
		{"West, 41, has been nicknamed Ye.", "", "PER West"},
		{"Brannigan, who joined the club in May, scored twice.", "", "PER Brannigan"},
		{"Okafor, 29, was arrested on Friday.", "Okafor", "PER Okafor"},                    // retyped
		{"As Willoughby, 37, took to Instagram, he left.", "Willoughby", "PER Willoughby"}, // retyped
		{"It is a wake-up call for Rangers, who find themselves last.", "Rangers", "LOC Rangers"},
		{"He sold it to Harlem, whose shops resisted.", "", ""},                        // whose: a place's too
		{"He met Jeff Davis, who is responsible.", "", ""},                             // a longer name
		{"It turned Iraqi Shiites, who were grateful, against it.", "", ""},            // a faith word
		{"the Iraqis, who suffer", "", ""},                                             // a nation's people
		{"He works at NASA, who hired him.", "", ""},                                   // an acronym
		{"Those studying German, 69 per cent of them, spoke it.", "", ""},              // no comma after the number
		{"He met Smith, 2018, in Paris.", "", ""},                                      // no age
		{"Nugroho, the agency's spokesman, told reporters.", "Nugroho", "PER Nugroho"}, // retyped
		{"Okoye, the spokesman for the agency, said so.", "Okoye", "PER Okoye"},        // a body's role
		{"In Marlow, the mayor, John Smith, said so.", "Marlow", "LOC Marlow"},         // not a subject
		{"Kessling, the chairman said.", "Kessling", "LOC Kessling"},                   // a clause's subject
		{"Brandvale, the agency's spokesman, said so.", "", ""},                        // no mention: none added
	}
	g := gazetteer.Default()
	for _, tc := range tests {
		doc, ents, l := docHolding(t, "en", tc.text, tc.held, annotation.Location)
		if got := mentionsOf(t, doc, addApposedPeople(doc, ents, l, g)); got != tc.want {
			t.Errorf("%q: %q, want %q", tc.text, got, tc.want)
		}
	}
}
