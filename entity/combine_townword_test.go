package entity

import (
	"testing"

	"github.com/varlik/varlik/lang/tr"
)

// TestPlacesBeforeTownWord checks which mentions a town noun after them
// makes places.
func TestPlacesBeforeTownWord(t *testing.T) {
	tests := []struct {
		words string // tokens, space-separated; the mention is the [bracketed] ones
		typ   Type
		want  Type
	}{
		{"[Kartalspor] kentindeki stadyumda oynadı", Organization, Location},
		{"[Yeşilova] şehrine gitti", Person, Location},
		{"[Yeşilova] şehirdeki evinde", Organization, Location},
		{"[Kartalspor] kentsel dönüşüm projesi", Organization, Organization}, // an adjective
		{"[Kartalspor] Kent Meydanı", Organization, Organization},            // capitalized: part of a name
		{"[Kartalspor] bölgesinde", Organization, Organization},              // not a town noun
		{"[Kartalspor]", Organization, Organization},
	}
	l := tr.Turkish{}
	for _, tc := range tests {
		doc, first, last := bracketedDoc(t, l, tc.words)
		ents := []Entity{doc.Mention(first, last, tc.typ, 0.5, "model")}
		placesBeforeTownWord(doc, ents, l)
		if ents[0].Type != tc.want {
			t.Errorf("%s: %s, want %s", tc.words, ents[0].Type, tc.want)
		}
	}
}
