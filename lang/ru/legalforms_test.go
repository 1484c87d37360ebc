package ru

import "testing"

func TestLegalForm(t *testing.T) {
	for _, tc := range []struct {
		word string
		want bool
	}{
		{"Corp.", true}, {"Inc", true}, {"AG", true}, {"GmbH", true},
		{"ПАО", false}, {"ag", false}, {"Corporation", false}, {"Сбербанк", false},
	} {
		if got := (Russian{}).LegalForm(tc.word); got != tc.want {
			t.Errorf("LegalForm(%q) = %v, want %v", tc.word, got, tc.want)
		}
	}
}
