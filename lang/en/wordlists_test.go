package en

import (
	"flag"
	"slices"
	"testing"

	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/langtest"
)

var update = flag.Bool("update", false, "rewrite the word lists' tables (data/*.idx) from their lists")

// TestWordListsSorted checks that the embedded lists are sorted, as their
// generators write them, and that each word is found.
func TestWordListsSorted(t *testing.T) {
	for name, tt := range map[string]struct {
		text string
		list lang.IndexedWords
	}{
		"common_words.txt": {commonWordsText, commonWords},
		"given_names.txt":  {givenNamesText, givenNames},
	} {
		words := lang.NewSortedWords(tt.text).Words()
		if len(words) < 1000 || !slices.IsSorted(words) {
			t.Errorf("%s: %d words, sorted %v", name, len(words), slices.IsSorted(words))
		}
		for _, w := range words {
			if !tt.list.Has(w) {
				t.Fatalf("%s: %q not found", name, w)
			}
		}
	}
}

// TestWordListIndexes checks that each list's embedded table is the one
// of its text (lang.IndexedWordsSlots); with -update it writes them (go
// generate).
func TestWordListIndexes(t *testing.T) {
	langtest.IndexedWordLists(t, *update, "./lang/en",
		langtest.IndexedList{File: "data/common_words.idx", Text: commonWordsText, Index: commonWordsIndex},
		langtest.IndexedList{File: "data/given_names.idx", Text: givenNamesText, Index: givenNamesIndex},
	)
}
