package entity

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/lang"
)

// TestGivenSentenceSplits checks that a given sentence is split where raw
// text would be, and only there: not after a period the corpus cut off an
// initial, an abbreviation or an ordinal, nor inside a quotation.
func TestGivenSentenceSplits(t *testing.T) {
	tests := []struct {
		lang  string
		words string // the given tokens
		want  string // the sentences' tokens, "|" between sentences
	}{
		{"tr", "Savunma muazzamdı . Menga ise iki gol attı .", "Savunma muazzamdı .|Menga ise iki gol attı ."},
		{"tr", "Harlem 'de 125 . Cadde 'de yürüdüler .", "Harlem 'de 125 . Cadde 'de yürüdüler ."},
		{"tr", "Terim , ' Eskiden kaybederdik . Şimdi kazanıyoruz \" dedi .", "Terim , ' Eskiden kaybederdik . Şimdi kazanıyoruz \" dedi ."},
		{"tr", "“ Geldik . ” Sonra gittiler .", "“ Geldik . ”|Sonra gittiler ."},
		{"tr", "\" Geldik . \" Sonra gittiler .", "\" Geldik . \" Sonra gittiler ."}, // a straight quote given apart may open or close
		{"en", "He met Dionisio A . Lind there .", "He met Dionisio A . Lind there ."},
		{"en", "It rained . Lifeguards left .", "It rained .|Lifeguards left ."},
		{"ru", "Флейк ответил . Двери лифта закрылись .", "Флейк ответил .|Двери лифта закрылись ."},
	}
	for _, tt := range tests {
		l, ok := lang.Get(tt.lang)
		if !ok {
			t.Fatalf("language %s not registered", tt.lang)
		}
		text := tt.words
		var toks []lang.Token
		off := 0
		for _, w := range strings.Fields(tt.words) {
			toks = append(toks, pieces(l, text, off, w)...)
			off += len(w) + 1
		}
		var got []string
		for _, s := range appendGivenSentence(nil, l, text, toks, 0, len(toks)) {
			got = append(got, text[s.Start:s.End])
		}
		if g := strings.Join(got, "|"); g != tt.want {
			t.Errorf("%s %q:\n got %q\nwant %q", tt.lang, tt.words, g, tt.want)
		}
	}
}
