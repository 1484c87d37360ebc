package ru

import "testing"

func TestQuotesOrganizations(t *testing.T) {
	tests := []struct {
		open, close string
		want        bool
	}{
		{"«", "»", true},
		{"\"", "\"", false}, // straight quotes also mark quoted words and speech
		{"(", ")", false},
		{"«", ",", false},
	}
	for _, tc := range tests {
		if got := (Russian{}).QuotesOrganizations(tc.open, tc.close); got != tc.want {
			t.Errorf("QuotesOrganizations(%q, %q) = %v, want %v", tc.open, tc.close, got, tc.want)
		}
	}
}

func TestQuotedOrganizationAfter(t *testing.T) {
	tests := []struct {
		norm string
		want bool
	}{
		{"защиту", true},
		{"защитниками", true},
		{"вратаря", true},
		{"командой", true},
		{"нападающий", true},
		{"премию", false},
		{"корабль", false},
		{"фильме", false},
	}
	for _, tc := range tests {
		if got := (Russian{}).QuotedOrganizationAfter(tc.norm); got != tc.want {
			t.Errorf("QuotedOrganizationAfter(%q) = %v, want %v", tc.norm, got, tc.want)
		}
	}
}
