package ru

import "testing"

func TestKindBeforeThing(t *testing.T) {
	tests := []struct {
		norm string
		want bool
	}{
		{"ураган", true},
		{"ураганом", true},
		{"шкале", true},
		{"счетчик", true},
		{"браузера", true},
		{"ос", true},
		{"аббревиатуру", true},
		{"премии", true},
		{"премию", true},
		{"премьер", false},
		{"осень", false},
		{"президент", false},
		{"город", false},
	}
	for _, tc := range tests {
		if got := (Russian{}).KindBeforeThing(tc.norm); got != tc.want {
			t.Errorf("KindBeforeThing(%q) = %v, want %v", tc.norm, got, tc.want)
		}
	}
}

func TestKindBeforeTitle(t *testing.T) {
	tests := []struct {
		norm string
		want bool
	}{
		{"фильме", true},
		{"песни", true},
		{"альбом", true},
		{"передаче", true},
		{"шоу", true},
		{"фильмография", false}, // no case form
		{"песнопение", false},
		{"ураган", false},  // a thing's kind, not a work's
		{"газета", false},  // a newspaper is an organization
		{"написал", true},  // a verb of authoring: написал « Гамлета »
		{"основал", false}, // a body's founding: основал « Газпром »
	}
	for _, tc := range tests {
		if got := (Russian{}).KindBeforeTitle(tc.norm); got != tc.want {
			t.Errorf("KindBeforeTitle(%q) = %v, want %v", tc.norm, got, tc.want)
		}
	}
}
