package ru

import "testing"

func TestLoanAdjectiveStem(t *testing.T) {
	for _, tc := range []struct{ word, want string }{
		{"центрального", "централь"},
		{"национальный", "националь"},
		{"национальной", "националь"},
		{"консервативная", "консерватив"},
		{"научный", "научный"},   // a Russian word's -н-, translated
		{"северной", "северной"}, // likewise
		{"альная", "альная"},     // no stem before the suffix
		{"парка", "парка"},
	} {
		if got := (Russian{}).LoanAdjectiveStem(tc.word); got != tc.want {
			t.Errorf("LoanAdjectiveStem(%q) = %q, want %q", tc.word, got, tc.want)
		}
	}
}
