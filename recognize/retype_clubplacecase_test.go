package recognize

import (
	"slices"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/tr"
)

// TestPlaceWhereItStands checks which town mentions retypeClubs leaves
// places in sentences of a sports report, where the gazetteer knows a club
// of the town's name: a case of where or from where, a dative before a
// verb of going and a genitive owning a place's part keep the place; a
// dative before another verb, a genitive owning something else and a bare
// name become the club.
func TestPlaceWhereItStands(t *testing.T) {
	tests := []struct {
		text, name string // the mention is the token name
		want       annotation.Type
	}{
		{"Maçın ardından kafile bugün Torino'ya gidecek.", "Torino", annotation.Location},
		{"Takım maçtan sonra Köln'e döndü.", "Köln", annotation.Location},
		{"Maçtan sonra Köln'de hem iyi hem kötü karşılama.", "Köln", annotation.Location},
		{"Ligde Torino'dan gelen oyuncu maçta oynadı.", "Torino", annotation.Location},
		{"Ligin lideri maçtan önce Paris'in güneyinde kamp yaptı.", "Paris", annotation.Location},
		{"Takım dün akşamki maçta Torino'ya yenildi.", "Torino", annotation.Organization}, // lost to Torino
		{"Paris'in golcüsü maçta iki gol attı.", "Paris", annotation.Organization},        // a club's player
		{"Köln ligdeki yenilmezlik serisini sürdürdü.", "Köln", annotation.Organization},
	}
	l := tr.Turkish{}
	g := gazetteer.Default()
	for _, tc := range tests {
		doc := &annotation.Document{Text: tc.text, Tokens: l.Tokenize(tc.text)}
		doc.Sentences = l.Sentences(tc.text, doc.Tokens)
		k := slices.IndexFunc(doc.Tokens, func(t lang.Token) bool { return t.Text == tc.name })
		if k < 0 || k+1 >= len(doc.Tokens) {
			t.Fatalf("%s: no token %q", tc.text, tc.name)
		}
		e := doc.Mention(k, k+1, annotation.Location, 0.5, "model")
		ents, names := retypeClubs(doc, []annotation.Entity{e}, l, g, sportsSentences(doc, l, wordCuesOf(doc.Tokens, l), nil))
		if len(ents) != 1 || ents[0].Type != tc.want || ents[0].Text != e.Text || (len(names) == 1) != (tc.want == annotation.Organization) {
			t.Errorf("%s: %+v (names %q), want one mention %q of %s", tc.text, ents, names, e.Text, tc.want)
		}
	}
}
