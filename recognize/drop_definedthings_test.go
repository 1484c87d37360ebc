package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang/tr"
)

// TestDropDefinedThings checks which sentence-opening mentions the
// sentence's last word shows to be a work, a product or a language.
func TestDropDefinedThings(t *testing.T) {
	tests := []struct {
		words string // tokens, space-separated; the mention is the [bracketed] ones
		typ   annotation.Type
		id    string
		kept  bool
	}{
		{"[Kırmızı Kayık] , 1998 yapımı bir Fransız filmdir .", annotation.Person, "", false},
		{"[Yeşil Bahçe] ( İngilizce : Green Garden ) , bir halk şarkısıdır .", annotation.Location, "", false},
		{"[Karadeniz] , Ali Kaya tarafından yazılmış bir romandır .", annotation.Location, "Q166", false}, // the predicate decides
		{"[Moru] , Yeni Gine adasında konuşulan bir dildir .", annotation.Location, "", false},
		{"[Ali Kaya] , Türk oyuncudur .", annotation.Person, "", true},                        // an actor
		{"[Kırmızı Kayık] filmi , bir dramdır .", annotation.Person, "", true},                // no comma after the name
		{"[Ayşe Demir] , Kırmızı Kayık filminin yönetmenidir .", annotation.Person, "", true}, // not a work word
		{"[Ayşe Demir] , sordu : \" Kim okur bu kitabı ? \"", annotation.Person, "", true},    // a quotation's end
		{"Yeni [Kırmızı Kayık] , bir filmdir .", annotation.Person, "", true},                 // not the opening word
		{"[Ankara] , bir filmdir", annotation.Location, "", false},                            // no full stop
	}
	l := tr.Turkish{}
	for _, tc := range tests {
		doc, first, last := bracketedDoc(t, l, tc.words)
		doc.Sentences = l.Sentences(doc.Text, doc.Tokens)
		e := doc.Mention(first, last, tc.typ, 0.5, "model")
		e.ID = tc.id
		if got := len(dropDefinedThings(doc, []annotation.Entity{e}, l)) == 1; got != tc.kept {
			t.Errorf("%s: kept %v, want %v", tc.words, got, tc.kept)
		}
	}
}
