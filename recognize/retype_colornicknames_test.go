package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang/tr"
)

// TestTeamsByColorNickname checks which colour nicknames in a sports
// report become organizations.
func TestTeamsByColorNickname(t *testing.T) {
	tests := []struct {
		words  string // tokens, space-separated; a [bracketed] run is a PERSON mention already found
		sports bool   // whether the sentence is a sports report's
		want   string // the mentions afterwards, type and text, "|"-separated
	}{
		{"Maviler maçı 2-0 kazandı", true, "ORG Maviler"},
		{"Kaleci [Gök Mavilere] karşı kurtardı", true, "ORG Gök Mavilere"}, // a person's mention retyped
		{"Sarı-Kırmızılılar maçı kazandı", true, "ORG Sarı-Kırmızılılar"},
		{"Maviler maçı kazandı", false, ""},             // no sports report
		{"Kırmızılılar maçı kazandı", true, ""},         // one colour with -lI: the players in red
		{"Beyaz Saray maçı izledi", true, ""},           // no plural
		{"Gök Maviler Stadyumu yenilendi", true, ""},    // a longer name
		{"forvet Mavileri geçti", true, "ORG Mavileri"}, // inflected
	}
	l := tr.Turkish{}
	for _, tc := range tests {
		doc, ents := givenMentionDoc(tc.words, l, annotation.Person)
		ents, _ = teamsByColorNickname(doc, ents, l, []bool{tc.sports}, wordCasesOf(doc.Tokens))
		if got := mentionsOf(t, doc, ents); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.words, got, tc.want)
		}
	}
}
