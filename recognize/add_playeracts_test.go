package recognize

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
)

// TestAddPlayerActs checks which names before a noun of a player's play
// become people.
func TestAddPlayerActs(t *testing.T) {
	tests := []struct {
		text, held string // held: the word of a one-word ORGANIZATION mention already found
		want       string // the people afterwards, "|"-separated
	}{
		{"Menga strike gives Livingston 1-0 win over Rangers", "Livingston", "Menga"}, // opens the sentence
		{"Livingston 1 - 0 Rangers: Menga goal downs the men", "Livingston", "Menga"},
		{"He was troubled by a tame Ovie Ejaria strike in the match.", "", "Ovie Ejaria"}, // two words
		{"A late Okafor header won the match for the visitors.", "", "Okafor"},
		{"Brannigan goal seals 2-1 win for Dundee", "Dundee", "Brannigan"},
		{"That goal came late in the match.", "", ""},                  // a determiner
		{"He saw a Livingston goal in the match.", "Livingston", ""},   // a club
		{"Again they failed to deal with a Jacobs set-piece.", "", ""}, // no match in the sentence
		{"The Rangers Ladies Reserve goal came in the match.", "", ""}, // a longer name
		{"Workers strike in the match.", "", ""},                       // no noun of play: a verb
	}
	for _, tc := range tests {
		doc, ents, l := docHolding(t, "en", tc.text, tc.held, annotation.Organization)
		var got []string
		for _, e := range addPlayerActs(doc, ents, l, sportsSentences(doc, l, wordCuesOf(doc.Tokens, l), nil)) {
			if doc.Text[e.Start:e.End] != e.Text {
				t.Errorf("%q: %q is not the text at its offsets", tc.text, e.Text)
			}
			if e.Type == annotation.Person {
				got = append(got, e.Text)
			}
		}
		if strings.Join(got, "|") != tc.want {
			t.Errorf("%q: people %q, want %q", tc.text, got, tc.want)
		}
	}
}
