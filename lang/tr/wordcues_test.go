package tr

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/langtest"
)

// TestTokenCues checks that TokenCues gives each token the answers of
// SportsWord, BrandPossessive, AnnouncesKind and ClosesRange: on every
// sports stem and the fixed words with forms around them, on tokens with
// no Norm (folded from their Text), on edge cases, and on the tokens of
// the Turkish test texts.
func TestTokenCues(t *testing.T) {
	words := []string{
		"", "gol", "lig", "golf", "ligand", "'s", "’s", "s", "'", "gibi", "Gibi", "GİBİ", "gibiler",
		"diğer", "DİĞER", "diğerleri", "kadar", "KADAR", "kadarıyla", "\xff\xfe", "g\xffibi", "'S",
		strings.Repeat("maç", 200), "Maçta", "LİGDE",
	}
	for _, s := range sportsStems {
		words = append(words, s, s+"lar", s[:len(s)-1], strings.ToUpper(s))
	}
	langtest.WordCuesOfWords(t, Turkish{}, words)
	langtest.WordCuesOfFiles(t, Turkish{}, "../../testdata/news_tr.txt", "../../testdata/story_tr.txt",
		"../../testdata/xinhua_hangzhou_tr.txt")
	Turkish{}.TokenCues(nil, nil) // no tokens: nothing to set
}

// TestTokenCuesSet checks that the words each cue stands for have it.
func TestTokenCuesSet(t *testing.T) {
	tests := []struct {
		text string
		want lang.WordCues
	}{
		{"maçta", lang.SportsWordCue},
		{"'s", lang.BrandPossessiveCue},
		{"’s", lang.BrandPossessiveCue},
		{"gibi", lang.AnnouncesKindCue},
		{"diğer", lang.AnnouncesKindCue},
		{"kadar", lang.ClosesRangeCue},
		{"Ankara", 0},
	}
	for _, tc := range tests {
		toks := []lang.Token{{Text: tc.text, Kind: lang.Word}}
		cues := make([]lang.WordCues, 1)
		Turkish{}.TokenCues(toks, cues)
		if cues[0] != tc.want {
			t.Errorf("%q: %06b, want %06b", tc.text, cues[0], tc.want)
		}
	}
}
