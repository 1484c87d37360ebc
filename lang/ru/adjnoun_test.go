package ru

import "testing"

func TestNounAfterAdjective(t *testing.T) {
	tests := []struct {
		adj, next string
		want      bool
	}{
		{"капитолийском", "холме", true},
		{"вестминстерским", "дворцом", true},
		{"гагаузской", "автономии", true},
		{"северными", "территориями", true},
		{"комитетом", "были", false},   // a noun's ending
		{"евросоюзом", "или", false},   // a noun's ending
		{"северными", "были", false},   // no agreeing noun
		{"капитолийском", "во", false}, // too short
		{"москва", "сегодня", false},
	}
	for _, tc := range tests {
		if got := (Russian{}).NounAfterAdjective(tc.adj, tc.next); got != tc.want {
			t.Errorf("NounAfterAdjective(%q, %q) = %v, want %v", tc.adj, tc.next, got, tc.want)
		}
	}
}
