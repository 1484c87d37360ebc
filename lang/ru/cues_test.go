package ru

import (
	"os"
	"testing"

	"github.com/varlik/varlik/lang"
)

// TestCue checks Cue against a scan of every stem for the longest that
// begins the word, on every stem with endings and cut short, and on every
// word of the Russian news and story test documents.
func TestCue(t *testing.T) {
	seen := map[string]bool{}
	words := []string{"", "г", "гд", "\xff", "\xd0", "г\xff", "мин", "минфина", "г-н", "президенту", "кра"}
	for _, stems := range cueStems {
		for _, s := range stems {
			if seen[s] {
				t.Errorf("%q is a cue stem twice", s)
			}
			seen[s] = true
			words = append(words, s, s+"а", s+"ом", s[:len(s)-1], s[:len(s)-2])
		}
	}
	for _, p := range []string{"../../testdata/news_ru.txt", "../../testdata/story_ru.txt"} {
		text, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, tok := range (Russian{}).Tokenize(string(text)) {
			words = append(words, tok.Norm)
		}
	}
	for _, w := range words {
		want, longest := lang.NoCue, 0
		for class, stems := range cueStems {
			for _, s := range stems {
				if len(s) > longest && len(s) <= len(w) && w[:len(s)] == s {
					want, longest = class, len(s)
				}
			}
		}
		if got := (Russian{}).Cue(w); got != want {
			t.Errorf("Cue(%q) = %d, the scan %d", w, got, want)
		}
	}
}
