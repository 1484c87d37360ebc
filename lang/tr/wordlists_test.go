package tr

import (
	"slices"
	"testing"
)

// TestCommonGivenNamesSorted checks that the list is sorted, as its search
// in place needs, and that each name is found.
func TestCommonGivenNamesSorted(t *testing.T) {
	list := commonGivenNames.Words()
	if len(list) < 500 || !slices.IsSorted(list) {
		t.Fatalf("common_given_names.txt: %d names, sorted %v", len(list), slices.IsSorted(list))
	}
	for _, w := range list {
		if !commonGivenNames.Has(w) {
			t.Fatalf("%q not found", w)
		}
	}
}
