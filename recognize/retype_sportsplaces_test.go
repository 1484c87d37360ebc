package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
)

// TestTownsAsTeams checks which places a sentence about a match makes
// teams (sentences written for the test; the IDs are the gazetteer's).
func TestTownsAsTeams(t *testing.T) {
	tests := []struct {
		words string // tokens, space-separated; the mention is the [bracketed] ones
		id    string
		want  annotation.Type
	}{
		{"[Leeds] were held to a goalless draw on Saturday .", "geonames:2644688", annotation.Organization},
		{"The striker joined from [Groningen] in the summer .", "geonames:2755251", annotation.Organization},
		{"The defender was booked after 20 minutes in [Leeds] .", "geonames:2644688", annotation.Location},     // the match's place
		{"[Scotland] scored twice in the second half .", "Q22", annotation.Location},                           // a home nation's side
		{"[Monaco] scored twice in the second half .", "Q235", annotation.Location},                            // a country's side
		{"The goal was scored at [Wembley] in the 90th minute .", "", annotation.Location},                     // unknown: a stadium
		{"Essex won by five wickets at [Chelmsford] .", "geonames:2653266", annotation.Location},               // the ground
		{"[Leeds] city council approved the budget on Monday .", "geonames:2644688", annotation.Location},      // no match
		{"The match ended 2-1 and fans walked back to [Leeds] .", "geonames:2644688", annotation.Organization}, // the rule's known cost
	}
	l := en.English{}
	g := gazetteer.Default()
	for _, tc := range tests {
		doc, ents := givenMentionDoc(tc.words, l, annotation.Location)
		ents[0].ID = tc.id
		townsAsTeams(doc, ents, l, g, sportsSentences(doc, l, wordCuesOf(doc.Tokens, l), nil))
		if ents[0].Type != tc.want {
			t.Errorf("%s: %s, want %s", tc.words, ents[0].Type, tc.want)
		}
	}
}

// TestTownTeamsNames checks the capitalized words a town made a team takes
// before it (sentences written for the test; the IDs are the
// gazetteer's).
func TestTownTeamsNames(t *testing.T) {
	tests := []struct {
		marked string // the sentence, its mentions marked as markedDoc reads them
		want   string
	}{
		{"Sporting L=[Lisbon]@geonames:2267057 beat them 3-1 .", "ORG Sporting Lisbon"},
		{"Red Star L=[Belgrade]@geonames:792680 scored twice .", "ORG Red Star Belgrade"},
		{"The L=[Leeds]@geonames:2644688 striker scored twice .", "ORG Leeds"},                         // an article
		{"On Saturday L=[Leeds]@geonames:2644688 scored twice .", "ORG Leeds"},                         // a day
		{"Brazilian L=[Leeds]@geonames:2644688 striker scored twice .", "ORG Leeds"},                   // a nationality word
		{"P=[Smith] Dunmore L=[Leeds]@geonames:2644688 scored twice .", "PER Smith|ORG Dunmore Leeds"}, // up to the mention before
	}
	l := en.English{}
	g := gazetteer.Default()
	for _, tc := range tests {
		doc, ents := markedDoc(t, l, tc.marked, annotation.Location)
		doc.Sentences = []lang.Sentence{{Start: 0, End: len(doc.Text), First: 0, Last: len(doc.Tokens)}}
		townsAsTeams(doc, ents, l, g, sportsSentences(doc, l, wordCuesOf(doc.Tokens, l), nil))
		if m := mentionsOf(t, doc, ents); m != tc.want {
			t.Errorf("%s: %q, want %q", tc.marked, m, tc.want)
		}
	}
}
