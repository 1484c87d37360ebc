package recognize

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/conll"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/tr"
)

// TestBrandsBeforePossessive checks which names before a borrowed
// possessive ending become organizations.
func TestBrandsBeforePossessive(t *testing.T) {
	tests := []struct {
		words string // tokens as CoNLL gives them, space-separated; a [bracketed] run is a mention already found
		typ   annotation.Type
		want  string // the organizations afterwards, "|"-separated
	}{
		{"Sainsbury 's mağazaları açıldı", annotation.Person, "Sainsbury"},      // no mention: added
		{"[Sainsbury] 's mağazaları açıldı", annotation.Person, "Sainsbury"},    // a person: retyped
		{"Dün Sainsbury 's mağazaları", annotation.Person, "Sainsbury"},         // one word
		{"[St. Martin] 's kilisesi", annotation.Location, ""},                   // a place stays
		{"[Sainsbury] 'ın mağazaları", annotation.Person, ""},                   // a Turkish ending
		{"World 's Finest Comics yayımlandı", annotation.Person, ""},            // an English title goes on
		{"Sainsbury 's Genel Müdürü konuştu", annotation.Person, "Sainsbury"},   // a role at the brand
		{"Sainsbury 's Müdürü konuştu", annotation.Person, "Sainsbury"},         // the role's noun itself
		{"Sainsbury 's İngiliz pazarına girdi", annotation.Person, "Sainsbury"}, // a people's word
		{"bir kişi 's dedi", annotation.Person, ""},                             // no capitalized word
		{"[Ali] Sainsbury 's mağazası", annotation.Person, "Sainsbury"},         // not over a mention
	}
	l := tr.Turkish{}
	for _, tc := range tests {
		doc, ents := givenMentionDoc(tc.words, l, tc.typ)
		ents, names := brandsBeforePossessive(doc, ents, l, wordCuesOf(doc.Tokens, l))
		var got []string
		for _, e := range ents {
			if doc.Text[e.Start:e.End] != e.Text {
				t.Errorf("%s: %q is not the text at its offsets", tc.words, e.Text)
			}
			if e.Type == annotation.Organization {
				got = append(got, e.Text)
			}
		}
		if strings.Join(got, "|") != tc.want || strings.Join(names, "|") != tc.want {
			t.Errorf("%s: organizations %q (names %q), want %q", tc.words, got, names, tc.want)
		}
	}
}

// givenTokens returns the space-separated tokens of text as the
// pre-tokenized path reads them (conll.TokenKind): "Sainsbury 's" is two
// tokens, a word and a suffix, as "Sainsbury's" is in running text.
func givenTokens(text string, l lang.Language) []lang.Token {
	var toks []lang.Token
	off := 0
	for _, w := range strings.Split(text, " ") {
		toks = append(toks, lang.Token{Text: w, Start: off, End: off + len(w), Kind: conll.TokenKind(w, l)})
		off += len(w) + 1
	}
	return toks
}
