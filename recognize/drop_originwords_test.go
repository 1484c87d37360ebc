package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
)

// TestDropOriginWords checks which one-word mentions are words of origin
// (a known place or club with -li attached) qualifying the noun after them.
func TestDropOriginWords(t *testing.T) {
	g := gazetteer.Default()
	tests := []struct {
		lang, text, held string
		want             bool // the mention is kept
	}{
		{"tr", "Dün Şilili madenciler köye döndü .", "Şilili", false},
		{"tr", "Maçtan sonra Galatasaraylı futbolcular konuştu .", "Galatasaraylı", false},
		{"tr", "Otelde Honduraslı turistler kaldı .", "Honduraslı", false},
		{"tr", "Şilili madenciler köye döndü .", "Şilili", true},                 // opening a sentence: may be a surname
		{"tr", "Toplantıda Trabzonlu , yeni planı anlattı .", "Trabzonlu", true}, // before a comma: a surname
		{"tr", "Maç dün Denizli kentinde oynandı .", "Denizli", true},            // a town the gazetteer knows
		{"tr", "Ödülü dün Kutlu aldı ve teşekkür etti .", "Kutlu", true},         // a given name (Kut: short stem)
		{"tr", "Takım dün Trabzon'lu taraftarlarla buluştu .", "Trabzon", true},  // the apostrophe: not one word
		{"tr", "Olayda Şilili iki madenci yaralandı .", "Şilili", false},         // a number between it and its noun
		{"en", "The Chileli family returned .", "Chileli", true},                 // no lang.OriginWords
	}
	for _, tc := range tests {
		doc, ents, l := docHolding(t, tc.lang, tc.text, tc.held, annotation.Person)
		if len(ents) != 1 {
			t.Fatalf("%q: %d mentions of %q", tc.text, len(ents), tc.held)
		}
		if got := len(dropOriginWords(doc, ents, l, g)) == 1; got != tc.want {
			t.Errorf("%q: %q kept %v, want %v", tc.text, tc.held, got, tc.want)
		}
	}
}
