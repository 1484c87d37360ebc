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

// TestForeignSurnames checks that the list is sorted, as its search in
// place needs, that each name is found, and that it holds foreign surnames
// and neither Turkish words nor places.
func TestForeignSurnames(t *testing.T) {
	list := foreignSurnames.Words()
	if len(list) < 5000 || !slices.IsSorted(list) {
		t.Fatalf("surnames.txt: %d names, sorted %v", len(list), slices.IsSorted(list))
	}
	for _, w := range list {
		if !foreignSurnames.Has(w) {
			t.Fatalf("%q not found", w)
		}
	}
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
