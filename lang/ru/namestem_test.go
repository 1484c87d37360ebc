package ru

import "testing"

func TestNameStem(t *testing.T) {
	for _, tc := range []struct{ word, want string }{
		{"путиным", "путин"},
		{"хемфиллом", "хемфилл"},
		{"рахим", "рахим"}, // a nominative that only looks inflected
		{"гарлем", "гарлем"},
		{"диего", "диего"},
		{"свами", "свами"}, // an ending that leaves no vowel is the name's own
		{"тами", "тами"},
		{"ивановыми", "ивановыми"},
		{"смитами", "смит"},  // the Smiths
		{"путина", "путина"}, // a vowel ending vanishes from a key anyway
	} {
		if got := (Russian{}).NameStem(tc.word); got != tc.want {
			t.Errorf("NameStem(%q) = %q, want %q", tc.word, got, tc.want)
		}
	}
}
