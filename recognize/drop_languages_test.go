package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang/tr"
)

// TestDropLanguages checks which place mentions name a language.
func TestDropLanguages(t *testing.T) {
	tests := []struct {
		words string // tokens, space-separated; the mention is the [bracketed] ones
		typ   annotation.Type
		id    string
		kept  bool
	}{
		{"[Moruca] konuşulur", annotation.Location, "", false}, // a language's form (Moru + ca)
		{"[Kuzey Moruca] ve", annotation.Location, "", false},
		{"[Moru] diliyle birlikte", annotation.Location, "", false},
		{"[Kumluca] ilçesinde", annotation.Location, "Q1", true},     // known to the gazetteer
		{"[Ali Karaca] geldi", annotation.Person, "", true},          // a person
		{"[Moru] dilekçesi", annotation.Location, "", true},          // not the language noun
		{"[Yeşil Terrace] sokağında", annotation.Location, "", true}, // out of harmony
	}
	l := tr.Turkish{}
	for _, tc := range tests {
		doc, first, last := bracketedDoc(t, l, tc.words)
		e := doc.Mention(first, last, tc.typ, 0.5, "model")
		e.ID = tc.id
		if got := len(dropLanguages(doc, []annotation.Entity{e}, l)) == 1; got != tc.kept {
			t.Errorf("%s: kept %v, want %v", tc.words, got, tc.kept)
		}
	}
}
