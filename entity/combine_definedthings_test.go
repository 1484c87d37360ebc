package entity

import (
	"testing"

	"github.com/varlik/varlik/lang/tr"
)

// TestDropDefinedThings checks which sentence-opening mentions the
// sentence's last word shows to be a work, a product or a language.
func TestDropDefinedThings(t *testing.T) {
	tests := []struct {
		words string // tokens, space-separated; the mention is the [bracketed] ones
		typ   Type
		id    string
		kept  bool
	}{
		{"[Kırmızı Kayık] , 1998 yapımı bir Fransız filmdir .", Person, "", false},
		{"[Yeşil Bahçe] ( İngilizce : Green Garden ) , bir halk şarkısıdır .", Location, "", false},
		{"[Karadeniz] , Ali Kaya tarafından yazılmış bir romandır .", Location, "Q166", false}, // the predicate decides
		{"[Moru] , Yeni Gine adasında konuşulan bir dildir .", Location, "", false},
		{"[Ali Kaya] , Türk oyuncudur .", Person, "", true},                        // an actor
		{"[Kırmızı Kayık] filmi , bir dramdır .", Person, "", true},                // no comma after the name
		{"[Ayşe Demir] , Kırmızı Kayık filminin yönetmenidir .", Person, "", true}, // not a work word
		{"[Ayşe Demir] , sordu : \" Kim okur bu kitabı ? \"", Person, "", true},    // a quotation's end
		{"Yeni [Kırmızı Kayık] , bir filmdir .", Person, "", true},                 // not the opening word
		{"[Ankara] , bir filmdir", Location, "", false},                            // no full stop
	}
	l := tr.Turkish{}
	for _, tc := range tests {
		doc, first, last := bracketedDoc(t, l, tc.words)
		doc.Sentences = l.Sentences(doc.Text, doc.Tokens)
		e := doc.Mention(first, last, tc.typ, 0.5, "model")
		e.ID = tc.id
		if got := len(dropDefinedThings(doc, []Entity{e}, l)) == 1; got != tc.kept {
			t.Errorf("%s: kept %v, want %v", tc.words, got, tc.kept)
		}
	}
}
