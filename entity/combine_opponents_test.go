package entity

import (
	"testing"

	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang/tr"
)

// TestTeamsFacingOpponents checks which mentions the words after them make
// the opponent in a sports report.
func TestTeamsFacingOpponents(t *testing.T) {
	tests := []struct {
		words string // tokens as CoNLL gives them, space-separated; the mention is the [bracketed] ones
		typ   Type
		id    string
		want  Type
	}{
		{"Liverpool grup maçında [Napoli] 'ye karşı oynayacak .", Location, "", Organization},
		{"Scherzer , [Rockies] 'e karşı maçta oynayacak .", Person, "", Organization},
		{"Ligde [Videoton] 'la karşılaşacak .", Person, "", Organization},
		{"Maçta [Woods] 'a karşı oynadı .", Person, "Q1", Person},                    // a known person
		{"Maçta [Tiger Woods] 'a karşı oynadı .", Person, "", Person},                // two words: a player
		{"Başkan , [Kavanaugh] 'a karşı suçlamaları reddetti .", Person, "", Person}, // no sports word
		{"Maçta [Fransa] 'ya karşı oynadı .", Location, "Q142", Location},            // a national team is a place
		{"Maçta [Erdoğan] karşıtı taraftarlar .", Person, "", Person},                // karşıtı: opposed to
	}
	l := tr.Turkish{}
	g := gazetteer.Default()
	for _, tc := range tests {
		doc, ents := givenMentionDoc(tc.words, l, tc.typ)
		ents[0].ID = tc.id
		teamsFacingOpponents(doc, ents, l, g, sportsSentences(doc, l))
		if ents[0].Type != tc.want {
			t.Errorf("%s: %s, want %s", tc.words, ents[0].Type, tc.want)
		}
	}
}
