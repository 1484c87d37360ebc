package en

import "testing"

// TestPlaceTailNoun checks the nouns of a place's kind written after it.
func TestPlaceTailNoun(t *testing.T) {
	for norm, want := range map[string]bool{"bay": true, "strip": true, "island": true, "peninsula": false, "river": false, "area": false} {
		if got := (English{}).PlaceTailNoun(norm); got != want {
			t.Errorf("%s: %v, want %v", norm, got, want)
		}
	}
}
