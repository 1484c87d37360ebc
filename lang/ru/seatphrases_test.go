package ru

import "testing"

func TestSeatPhrase(t *testing.T) {
	tests := []struct {
		adj, head string
		want      bool
	}{
		{"административный", "центр", true},
		{"районного", "центра", true},
		{"областным", "центром", true},
		{"краевой", "центр", true},
		{"научный", "центр", false},       // a body may be named so
		{"президентский", "центр", false}, // Президентский центр
		{"административный", "суд", false},
		{"районный", "совет", false},
	}
	for _, tc := range tests {
		if got := (Russian{}).SeatPhrase(tc.adj, tc.head); got != tc.want {
			t.Errorf("SeatPhrase(%q, %q) = %v, want %v", tc.adj, tc.head, got, tc.want)
		}
	}
}
