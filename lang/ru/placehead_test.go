package ru

import "testing"

func TestHeadsPlace(t *testing.T) {
	tests := []struct {
		norm string
		want bool
	}{
		{"республикой", true},
		{"республика", true},
		{"области", true},
		{"красного", false},        // кра- begins it, an adjective's ending
		{"республиканская", false}, // an adjective
		{"комитета", false},
	}
	for _, tc := range tests {
		if got := (Russian{}).HeadsPlace(tc.norm); got != tc.want {
			t.Errorf("HeadsPlace(%q) = %v, want %v", tc.norm, got, tc.want)
		}
	}
}
