package en

import (
	"os"
	"strings"
	"testing"

	"github.com/varlik/varlik/lang"
)

// TestCueLists checks Cue's one map against the word lists it is made of,
// asked in their order of precedence, for every listed word and a word of
// none.
func TestCueLists(t *testing.T) {
	want := func(norm string) lang.Cue {
		switch {
		case orgHeads[norm] || orgCues[norm]:
			return lang.OrgHead
		case placeHeads[norm]:
			return lang.LocHead
		case honorifics[norm]:
			return lang.PersonTitle
		case titles[norm] || roles[norm]:
			return lang.PersonRole
		}
		return lang.NoCue
	}
	words := []string{"", "table", "Minister"}
	for _, list := range []map[string]bool{orgHeads, orgCues, placeHeads, honorifics, titles, roles} {
		for w := range list {
			words = append(words, w)
		}
	}
	for _, w := range words {
		if got := (English{}).Cue(w); got != want(w) {
			t.Errorf("Cue(%q) = %v, want %v", w, got, want(w))
		}
	}
	if (English{}).Cue("ministry") != lang.OrgHead {
		t.Errorf("Cue(ministry) = %v, want OrgHead", (English{}).Cue("ministry"))
	}
}

// TestCueLengths checks Cue against cueOf alone, which cueLengths spares
// most words: every cue word, with an ending and cut short, and every word
// of the English news and story test documents.
func TestCueLengths(t *testing.T) {
	words := []string{"", "a", "\xff", strings.Repeat("x", 70)}
	for w := range cueOf {
		words = append(words, w, w+"s", w[:len(w)-1])
	}
	for _, p := range []string{"../../testdata/news_en.txt", "../../testdata/story_en.txt"} {
		text, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, tok := range (English{}).Tokenize(string(text)) {
			words = append(words, tok.Norm)
		}
	}
	for _, w := range words {
		if got, want := (English{}).Cue(w), cueOf[w]; got != want {
			t.Errorf("Cue(%q) = %d, cueOf %d", w, got, want)
		}
	}
}
