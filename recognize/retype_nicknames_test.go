package recognize

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
)

// TestTeamsByNickname checks the plural nicknames after "the" in sports
// sentences (sentences written for the test).
func TestTeamsByNickname(t *testing.T) {
	tests := []struct {
		marked string
		want   string
		names  string
	}{
		{"The Falcons clinched a playoff spot with a 3-1 win .", "ORG Falcons", "Falcons"},
		{"They lost 2-1 to the Red Hawks on Friday .", "ORG Red Hawks", "Red Hawks"},
		{"The pitcher left the P=[Mariners] in May .", "ORG Mariners", "Mariners"},
		{"The pitcher left the O=[Mariners] in May .", "ORG Mariners", ""}, // already an organization
		{"Snow fell on the L=[Rockies] on Friday .", "LOC Rockies", ""},    // no sports word
		{"She won gold at the Olympics with a 2-0 win .", "", ""},          // a competition
		{"The goal was shown before the Academy Awards .", "", ""},         // a ceremony
		{"The Falcons Stadium hosted the match .", "", ""},                 // a longer name
		{"The Democrats failed to match the Republicans .", "", ""},        // group words
		{"The Kurds met the Houthis before the cup final .", "", ""},       // a group word; a plural in -is is no nickname
		{"Clubs in the Borders joined the league .", "", ""},               // a place after "in"
		{"Snow fell in the L=[Alps] before the match .", "LOC Alps", ""},
		{"He scored twice for the Boss .", "", ""}, // no plural
	}
	l := en.English{}
	for _, tc := range tests {
		doc, ents := markedDoc(t, l, tc.marked, annotation.Organization)
		doc.Sentences = []lang.Sentence{{Start: 0, End: len(doc.Text), First: 0, Last: len(doc.Tokens)}}
		got, names := teamsByNickname(doc, ents, l, sportsSentences(doc, l, wordCuesOf(doc.Tokens, l), nil))
		if m := mentionsOf(t, doc, got); m != tc.want {
			t.Errorf("%s: %q, want %q", tc.marked, m, tc.want)
		}
		if n := strings.Join(names, " "); n != tc.names {
			t.Errorf("%s: names %q, want %q", tc.marked, n, tc.names)
		}
	}
}

// TestAddSidesFacingTeams checks the words a match verb joins to a team
// (sentences written for the test).
func TestAddSidesFacingTeams(t *testing.T) {
	tests := []struct {
		marked string
		want   string
	}{
		{"Dunfield battles O=[Dunmore] in the league on Sunday .", "ORG Dunfield|ORG Dunmore"},
		{"Later , Harriers beat O=[Dunmore] 2-1 .", "ORG Harriers|ORG Dunmore"},
		{"O=[Dunmore] faces Dunfield in the league on Sunday .", "ORG Dunmore|ORG Dunfield"}, // the team first
		{"Rovers beat O=[Dunmore] 2-1 .", "ORG Dunmore"},                                     // a plural opening the sentence may be a common noun (Officials)
		{"They beat O=[Dunmore] 2-1 in the league .", "ORG Dunmore"},                         // a pronoun
		{"Dunfield battles O=[Dunmore] in court on Sunday .", "ORG Dunmore"},                 // no sports word
		{"Dunfield battles P=[Dunmore] in the league on Sunday .", "PER Dunmore"},            // no team across the verb
		{"O=[Dunmore] host Wolves tonight in the league .", "ORG Dunmore|ORG Wolves"},        // an adverb after the side
		{"O=[Dunmore] face Easter test in the league .", "ORG Dunmore"},                      // a noun after the word: it modifies it
		{"O=[Dunmore] host Christmas match .", "ORG Dunmore"},
		{"O=[Dunmore] face Catalonia referendum fallout in the league .", "ORG Dunmore"},
		{"Blue Rovers battles O=[Dunmore] in the league .", "ORG Dunmore"}, // a longer name: the word is not the whole of it
	}
	l := en.English{}
	for _, tc := range tests {
		doc, ents := markedDoc(t, l, tc.marked, annotation.Organization)
		doc.Sentences = []lang.Sentence{{Start: 0, End: len(doc.Text), First: 0, Last: len(doc.Tokens)}}
		got, _ := addSidesFacingTeams(doc, ents, l, sportsSentences(doc, l, wordCuesOf(doc.Tokens, l), nil))
		if m := mentionsOf(t, doc, got); m != tc.want {
			t.Errorf("%s: %q, want %q", tc.marked, m, tc.want)
		}
	}
}
