package ru

import (
	"strings"
	"testing"
)

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

func TestFormerState(t *testing.T) {
	tests := []struct {
		words string // folded words
		want  int
	}{
		{"ссср в", 1},
		{"советского союза", 2},
		{"советском союзе .", 2},
		{"югославии", 1},
		{"византию", 1},
		{"австро-венгрия объявила", 1},
		{"гдр", 1},
		{"речи посполитой", 2},
		{"киевской руси", 2},
		{"советский народ", 0},
		{"византийский", 0},   // an adjective
		{"союз писателей", 0}, // no state
		{"россия", 0},         // the gazetteer's
		{"", 0},
	}
	for _, tc := range tests {
		if got := (Russian{}).FormerState(strings.Fields(tc.words)); got != tc.want {
			t.Errorf("FormerState(%q) = %d, want %d", tc.words, got, tc.want)
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
