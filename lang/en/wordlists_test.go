package en

import (
	"bytes"
	"flag"
	"os"
	"slices"
	"testing"

	"github.com/varlik/varlik/lang"
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
	for _, tt := range []struct{ file, text, index string }{
		{"data/common_words.idx", commonWordsText, commonWordsIndex},
		{"data/given_names.idx", givenNamesText, givenNamesIndex},
	} {
		want := lang.IndexedWordsSlots(tt.text)
		if *update {
			if err := os.WriteFile(tt.file, want, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if !bytes.Equal([]byte(tt.index), want) {
			t.Errorf("%s is not the table of its list: run go generate ./lang/en", tt.file)
		}
	}
}
