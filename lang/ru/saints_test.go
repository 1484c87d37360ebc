package ru

import "testing"

func TestSaintWord(t *testing.T) {
	for _, tc := range []struct{ w, want string }{
		{"сент", "saint"}, {"сен", "saint"}, {"санкт", "saint"}, {"св.", "saint"}, {"святого", "saint"},
		{"св", ""},                                                 // with no dot, the acronym (СВ Банк): Russian writes the saint's Св.
		{"сан", ""}, {"санта", ""}, {"святость", ""}, {"Сент", ""}, // folded words only
	} {
		if got := (Russian{}).SaintWord(tc.w); got != tc.want {
			t.Errorf("SaintWord(%q) = %q, want %q", tc.w, got, tc.want)
		}
	}
}
