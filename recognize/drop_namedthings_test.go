package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang/tr"
)

// TestDropNamedThings checks which mentions a thing word after a naming
// word or a bracketed aside shows to name a thing.
func TestDropNamedThings(t *testing.T) {
	tests := []struct {
		words string // tokens, space-separated; the mention is the [bracketed] ones
		typ   annotation.Type
		id    string
		kept  bool
	}{
		{"[Kırmızı Kayık] adlı filmde oynadı", annotation.Person, "", false},
		{"[Kırmızı Kayık] ( 1998 ) filminde oynadı", annotation.Location, "", false},
		{"\" [Mavi Deniz] \" adlı ilk konser albümünü", annotation.Location, "", false},                  // quoted, two modifiers
		{"[Paris] isimli belgesel film", annotation.Location, "Q90", false},                              // known to the gazetteer
		{"[Ali Kaya] adlı oyuncu", annotation.Person, "", true},                                          // an actor
		{"[Ali Kaya] filmde oynadı", annotation.Person, "", true},                                        // in the film: dropThings' narrower words
		{"[Ali Kaya] ( 45 ) evinde", annotation.Person, "", true},                                        // no thing word
		{"[Ali Kaya] adlı çok ünlü Türk filminde", annotation.Person, "", true},                          // a capitalized word before it
		{"[Ali Kaya] ( Ankara , 1960 , yazar , şair , çevirmen ) filminde", annotation.Person, "", true}, // too long an aside
		{"[Ali Kaya] adlı", annotation.Person, "", true},
	}
	l := tr.Turkish{}
	for _, tc := range tests {
		doc, first, last := bracketedDoc(t, l, tc.words)
		e := doc.Mention(first, last, tc.typ, 0.5, "model")
		e.ID = tc.id
		if got := len(dropNamedThings(doc, []annotation.Entity{e}, l)) == 1; got != tc.kept {
			t.Errorf("%s: kept %v, want %v", tc.words, got, tc.kept)
		}
	}
}
