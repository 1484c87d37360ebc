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
