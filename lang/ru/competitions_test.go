package ru

import "testing"

func TestOpensCompetition(t *testing.T) {
	tests := []struct {
		norm string
		want bool
	}{
		{"фестиваль", true},
		{"фестиваля", true},
		{"кубка", true},
		{"чемпионата", true},
		{"премьер-лиги", true},
		{"евролиги", true},
		{"лига", false}, // a body's too
		{"кубань", false},
		{"фестивальная", false}, // an adjective: Фестивальная улица
	}
	for _, tc := range tests {
		if got := (Russian{}).OpensCompetition(tc.norm); got != tc.want {
			t.Errorf("OpensCompetition(%q) = %v, want %v", tc.norm, got, tc.want)
		}
	}
}
