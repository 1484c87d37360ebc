package en

import "testing"

// TestFirmVerbAfterPossessive checks which words after a possessive show
// that it owns nothing.
func TestFirmVerbAfterPossessive(t *testing.T) {
	tests := []struct {
		verb, next string
		want       bool
	}{
		{"has", "been", true},
		{"tested", "a", true},
		{"sold", "its", true},
		{"opened", "the", true},
		{"alleged", "victim", false}, // an adjective before its noun
		{"sold", "out", false},
		{"tested", "positive", false},
		{"red", "a", false}, // too short for a past in -ed
		{"is", "the", false},
		{"had", "the", false},
		{"new", "a", false},
	}
	for _, tc := range tests {
		if got := (English{}).FirmVerbAfterPossessive(tc.verb, tc.next); got != tc.want {
			t.Errorf("%s %s: %v, want %v", tc.verb, tc.next, got, tc.want)
		}
	}
}
