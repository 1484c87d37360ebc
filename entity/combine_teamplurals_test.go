package entity

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/gazetteer"
)

// TestAddTeamPlurals checks which plurals after the article in a sentence
// about a match become teams.
func TestAddTeamPlurals(t *testing.T) {
	tests := []struct {
		text, held string // held: the word of a one-word PERSON mention already found
		want       string // the organizations afterwards, "|"-separated
	}{
		{"The Rockies won 5-2 over the Nationals on Friday.", "", "Rockies|Nationals"},
		{"There are playoff implications for the Rockies, who lead.", "Rockies", "Rockies"}, // retyped
		{"With the Nationals eliminated from playoff contention, he rested.", "", "Nationals"},
		{"The Nationals have yet to announce a starter.", "", ""}, // no match in the sentence
		{"The Americans won the cup in 2016.", "", ""},            // a nation's people
		{"The Democrats won the league in 2016.", "", ""},         // a party's
		{"He joined the Rangers Ladies after the match.", "", ""}, // a longer name
		{"The NGOs watched the match.", "", ""},                   // an acronym
		{"He scored against the Boss in the match.", "", ""},      // no plural
		{"They scored a goal against Rangers on Friday.", "", ""}, // no article
	}
	g := gazetteer.Default()
	for _, tc := range tests {
		doc, ents, l := docHolding(t, "en", tc.text, tc.held, Person)
		ents, names := addTeamPlurals(doc, ents, l, g, sportsSentences(doc, l))
		if got := textsOf(t, doc, ents, Organization); got != tc.want || strings.Join(names, "|") != tc.want {
			t.Errorf("%q: organizations %q, names %q, want %q", tc.text, got, names, tc.want)
		}
	}
}
