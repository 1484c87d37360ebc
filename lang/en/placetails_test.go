package en

import "testing"

// TestPlaceTailNoun checks the nouns of a place's kind written after it,
// and "of" after one, which names another place.
func TestPlaceTailNoun(t *testing.T) {
	tests := []struct {
		norm, next string
		want       bool
	}{
		{"bay", "", true}, {"strip", "and", true}, {"island", ".", true},
		{"island", "of", false}, {"peninsula", "", false}, {"river", "", false}, {"area", "", false},
	}
	for _, tc := range tests {
		if got := (English{}).PlaceTailNoun(tc.norm, tc.next); got != tc.want {
			t.Errorf("%s %s: %v, want %v", tc.norm, tc.next, got, tc.want)
		}
	}
}
