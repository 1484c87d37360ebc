package tr

import (
	"slices"
	"testing"

	"github.com/varlik/varlik/lang"
)

// checkSortedList checks that the list of file holds at least min words,
// sorted, as its search in place needs, and that each is found.
func checkSortedList(t *testing.T, file string, words lang.SortedWords, min int) {
	t.Helper()
	list := words.Words()
	if len(list) < min || !slices.IsSorted(list) {
		t.Fatalf("%s: %d words, sorted %v", file, len(list), slices.IsSorted(list))
	}
	for _, w := range list {
		if !words.Has(w) {
			t.Fatalf("%s: %q not found", file, w)
		}
	}
}

// TestCommonGivenNamesSorted checks the list's order and search.
func TestCommonGivenNamesSorted(t *testing.T) {
	checkSortedList(t, "common_given_names.txt", commonGivenNames, 500)
}

// TestForeignSurnames checks the list's order and search, and that it
// holds foreign surnames and neither Turkish words nor places.
func TestForeignSurnames(t *testing.T) {
	checkSortedList(t, "surnames.txt", foreignSurnames, 5000)
	for _, tt := range []struct {
		word string
		want bool
	}{
		{"kavanaugh", true}, {"waters", true}, {"mcdonnell", true}, {"bean", true},
		{"senato", false},  // the Turkish word (senate)
		{"phoenix", false}, // a city
		{"ankara", false},
	} {
		if got := (Turkish{}).ForeignSurname(tt.word); got != tt.want {
			t.Errorf("ForeignSurname(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}
