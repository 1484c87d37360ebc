package ru

import (
	"strings"
	"testing"
)

// TestBeginsWith compares beginsWith with strings.HasPrefix on words and
// stems of every length from none up, Cyrillic, Latin and invalid bytes.
func TestBeginsWith(t *testing.T) {
	words := []string{"", "г", "го", "гос", "госдума", "гор", "a", "ab", "abc", "\xd0", "\xd0\xb3", "\xff\xfe", "г\xff"}
	for _, w := range words {
		for _, s := range words {
			if got, want := beginsWith(w, s), strings.HasPrefix(w, s); got != want {
				t.Errorf("beginsWith(%q, %q) = %v, strings.HasPrefix %v", w, s, got, want)
			}
		}
	}
}
