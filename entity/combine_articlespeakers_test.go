package entity

import (
	"strings"
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
		var got []string
		for _, e := range addArticleSpeakers(doc, ents, l, g) {
			if doc.Text[e.Start:e.End] != e.Text {
				t.Errorf("%q: %q is not the text at its offsets", tc.text, e.Text)
			}
			got = append(got, string(e.Type)[:3]+" "+e.Text)
		}
		if strings.Join(got, "|") != tc.want {
			t.Errorf("%q: %q, want %q", tc.text, got, tc.want)
		}
	}
}
