package recognize

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
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
		want  annotation.Type
	}{
		{"[Livingston] ligdeki yenilmezlik serisini sürdürdü .", "", annotation.Organization}, // Livingston FC
		{"[Napoli] maçı yarın .", "", annotation.Organization},                                // SSC Napoli
		{"Dün [Livingston] 1 - 0 kazandı .", "", annotation.Organization},                     // a score
		{"[Livingston] bugün konuştu .", "", annotation.Person},                               // no sports word
		{"[Menga] ligdeki ilk golünü attı .", "", annotation.Person},                          // no such club
		{"[Livingston] ligdeki serisini sürdürdü .", "Q1", annotation.Person},                 // a known person
	}
	l := tr.Turkish{}
	g := gazetteer.Default()
	for _, tc := range tests {
		text, first, last := bracketedMention(tc.words)
		doc := &annotation.Document{Text: text, Tokens: l.Tokenize(text)}
		doc.Sentences = l.Sentences(text, doc.Tokens)
		e := doc.Mention(first, last, annotation.Person, 0.5, "model")
		if e.Text != strings.Trim(strings.Fields(tc.words)[first], "[]") {
			t.Fatalf("%s: the mention is %q", tc.words, e.Text)
		}
		e.ID = tc.id
		ents, names := retypeClubs(doc, []annotation.Entity{e}, l, g, sportsSentences(doc, l, wordCuesOf(doc.Tokens, l), nil))
		if len(ents) != 1 || ents[0].Type != tc.want || (len(names) == 1) != (tc.want == annotation.Organization) {
			t.Errorf("%s: %+v (names %q), want one mention of %s", tc.words, ents, names, tc.want)
		}
	}
}
