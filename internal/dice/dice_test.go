package dice

import "testing"

func TestCoefficient(t *testing.T) {
	tests := []struct {
		a, b string
		want float64
	}{
		{"glasgo", "glasgo", 1},
		{"night", "nacht", 0.25}, // ni ig gh ht / na ac ch ht: one shared of eight
		{"aaa", "aa", 2.0 / 3},   // aa twice against once: a multiset
		{"a", "a", 0},
		{"", "abc", 0},
		{"şehir", "şehr", 2 * 2.0 / 7}, // runes, not bytes: şe eh shared
	}
	for _, tc := range tests {
		if got := Coefficient(tc.a, tc.b); got != tc.want {
			t.Errorf("Coefficient(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
