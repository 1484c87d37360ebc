package en

import "testing"

func TestPluralOnly(t *testing.T) {
	tests := []struct {
		norm string
		want bool
	}{
		{"have", true}, {"are", true}, {"climb", true}, {"miss", true}, {"go", true},
		// singular or past forms, and verbs that are nouns as often after a name
		{"has", false}, {"is", false}, {"climbs", false}, {"climbed", false}, {"beat", false},
		{"lead", false}, {"win", false}, {"visit", false},
		{"Have", false}, // folded words only
	}
	for _, tc := range tests {
		if got := (English{}).PluralOnly(tc.norm); got != tc.want {
			t.Errorf("PluralOnly(%q) = %v, want %v", tc.norm, got, tc.want)
		}
	}
}
