package en

import (
	"slices"
	"testing"
)

// TestWordListsSorted checks that the embedded lists are sorted, as their
// search in place needs, and that each word is found.
func TestWordListsSorted(t *testing.T) {
	for name, list := range map[string][]string{
		"common_words.txt": commonWords.Words(),
		"given_names.txt":  givenNames.Words(),
	} {
		if len(list) < 1000 || !slices.IsSorted(list) {
			t.Errorf("%s: %d words, sorted %v", name, len(list), slices.IsSorted(list))
		}
	}
	for _, w := range commonWords.Words() {
		if !commonWords.Has(w) {
			t.Fatalf("common word %q not found", w)
		}
	}
	for _, w := range givenNames.Words() {
		if !givenNames.Has(w) {
			t.Fatalf("given name %q not found", w)
		}
	}
}
