package entity

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang/tr"
)

// TestRetypeClubsTurkish checks which person mentions become the clubs
// the gazetteer knows by a longer name (Turkish ClubForms: Livingston FC,
// SSC Napoli), in sentences of a sports report only, and that a person
// the gazetteer knows keeps its type.
func TestRetypeClubsTurkish(t *testing.T) {
	tests := []struct {
		words string // tokens, space-separated; the mention is the [bracketed] ones
		id    string
		want  Type
	}{
		{"[Livingston] ligdeki yenilmezlik serisini sürdürdü .", "", Organization}, // Livingston FC
		{"[Napoli] maçı yarın .", "", Organization},                                // SSC Napoli
		{"Dün [Livingston] 1 - 0 kazandı .", "", Organization},                     // a score
		{"[Livingston] bugün konuştu .", "", Person},                               // no sports word
		{"[Menga] ligdeki ilk golünü attı .", "", Person},                          // no such club
		{"[Livingston] ligdeki serisini sürdürdü .", "Q1", Person},                 // a known person
	}
	l := tr.Turkish{}
	g := gazetteer.Default()
	for _, tc := range tests {
		text, first, last := bracketedMention(tc.words)
		doc := &Document{Text: text, Tokens: l.Tokenize(text)}
		doc.Sentences = l.Sentences(text, doc.Tokens)
		e := doc.Mention(first, last, Person, 0.5, "model")
		if e.Text != strings.Trim(strings.Fields(tc.words)[first], "[]") {
			t.Fatalf("%s: the mention is %q", tc.words, e.Text)
		}
		e.ID = tc.id
		ents, names := retypeClubs(doc, []Entity{e}, l, g, sportsSentences(doc, l))
		if len(ents) != 1 || ents[0].Type != tc.want || (len(names) == 1) != (tc.want == Organization) {
			t.Errorf("%s: %+v (names %q), want one mention of %s", tc.words, ents, names, tc.want)
		}
	}
}
