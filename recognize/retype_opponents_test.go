package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang/tr"
)

// TestTeamsFacingOpponents checks which mentions the words after them make
// the opponent in a sports report.
func TestTeamsFacingOpponents(t *testing.T) {
	tests := []struct {
		words string // tokens as CoNLL gives them, space-separated; the mention is the [bracketed] ones
		typ   annotation.Type
		id    string
		want  annotation.Type
	}{
		{"Liverpool grup maçında [Napoli] 'ye karşı oynayacak .", annotation.Location, "", annotation.Organization},
		{"Scherzer , [Rockies] 'e karşı maçta oynayacak .", annotation.Person, "", annotation.Organization},
		{"Ligde [Videoton] 'la karşılaşacak .", annotation.Person, "", annotation.Organization},
		{"Maçta [Woods] 'a karşı oynadı .", annotation.Person, "Q1", annotation.Person},                    // a known person
		{"Maçta [Tiger Woods] 'a karşı oynadı .", annotation.Person, "", annotation.Person},                // two words: a player
		{"Başkan , [Kavanaugh] 'a karşı suçlamaları reddetti .", annotation.Person, "", annotation.Person}, // no sports word
		{"Maçta [Fransa] 'ya karşı oynadı .", annotation.Location, "Q142", annotation.Location},            // a national team is a place
		{"Maçta [Erdoğan] karşıtı taraftarlar .", annotation.Person, "", annotation.Person},                // karşıtı: opposed to
	}
	l := tr.Turkish{}
	g := gazetteer.Default()
	for _, tc := range tests {
		doc, ents := givenMentionDoc(tc.words, l, tc.typ)
		ents[0].ID = tc.id
		teamsFacingOpponents(doc, ents, l, g, sportsSentences(doc, l, wordCuesOf(doc.Tokens, l), nil))
		if ents[0].Type != tc.want {
			t.Errorf("%s: %s, want %s", tc.words, ents[0].Type, tc.want)
		}
	}
}
