package entity

import (
	"testing"

	"github.com/varlik/varlik/gazetteer"
)

// TestAddArticleSpeakers checks which words between the article and a verb
// of saying or reporting become organizations.
func TestAddArticleSpeakers(t *testing.T) {
	tests := []struct {
		text, held string // held: the word of a one-word PERSON mention already found
		want       string // the mentions afterwards, type and text, "|"-separated
	}{
		{"His bond was set at $350,000, the Advocate reports.", "", "ORG Advocate"},
		{"It was released, the Hill reported.", "Hill", "ORG Hill"}, // retyped
		{"The Commission said it would act.", "", "ORG Commission"},
		{"The President said on Saturday that it was fine.", "", ""}, // a title
		{"The Democrat said it was fine.", "", ""},                   // a party's member
		{"The American said it was fine.", "", ""},                   // a nation's
		{"Hill reported it.", "Hill", "PER Hill"},                    // no article
		{"the Hill has reported it.", "", ""},                        // no verb right after
	}
	g := gazetteer.Default()
	for _, tc := range tests {
		doc, ents, l := docHolding(t, "en", tc.text, tc.held, Person)
		if got := mentionsOf(t, doc, addArticleSpeakers(doc, ents, l, g)); got != tc.want {
			t.Errorf("%q: %q, want %q", tc.text, got, tc.want)
		}
	}
}
