package ru

import "testing"

func TestPolityHead(t *testing.T) {
	tests := []struct {
		norm string
		want bool
	}{
		{"империя", true},
		{"империи", true},
		{"империей", true},
		{"каганат", true},
		{"княжестве", true},
		{"ханством", true},
		{"орда", true},
		{"орден", false},     // not Орда's
		{"имперский", false}, // an adjective
		{"республика", false},
	}
	for _, tc := range tests {
		if got := (Russian{}).PolityHead(tc.norm); got != tc.want {
			t.Errorf("PolityHead(%q) = %v, want %v", tc.norm, got, tc.want)
		}
	}
}

func TestPlaceNameHead(t *testing.T) {
	for norm, want := range map[string]bool{
		"море": true, "заливе": true, "перевал": true, "стена": true, "гор": true, "горы": true,
		"канал": false, "собора": false, "горный": false, "стенд": false,
	} {
		if got := (Russian{}).PlaceNameHead(norm); got != want {
			t.Errorf("PlaceNameHead(%q) = %v, want %v", norm, got, want)
		}
	}
}
