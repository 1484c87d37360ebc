package ru

import "testing"

func TestTitleBeforeName(t *testing.T) {
	tests := []struct {
		norm string
		want bool
	}{
		{"рэппер", true},
		{"голкипер", true},
		{"госсекретарь", true},
		{"президента", true},
		{"судьи", true},
		{"мэри", false},          // a given name
		{"президентский", false}, // an adjective
		{"леди", false},          // kept with the name: Леди Гага
		{"канье", false},
		{"король", true},
		{"императора", true},
		{"папа", true},
		{"патриарх", true},
		{"королевство", false}, // a realm
		{"графство", false},
		{"императорский", false},
		{"папка", false},
	}
	for _, tc := range tests {
		if got := (Russian{}).TitleBeforeName(tc.norm); got != tc.want {
			t.Errorf("TitleBeforeName(%q) = %v, want %v", tc.norm, got, tc.want)
		}
	}
}

// TestOfficeTitle checks the titles of monarchs and popes that leave even
// a gazetteer's name, in their case forms, and words that only look alike.
func TestOfficeTitle(t *testing.T) {
	for _, tc := range []struct {
		norm string
		want bool
	}{
		{"папа", true}, {"папы", true}, {"королева", true}, {"короля", true}, {"принц", true},
		{"папка", false}, {"патриарх", false}, {"шейх", false}, {"леди", false}, {"королевство", false},
	} {
		if got := (Russian{}).OfficeTitle(tc.norm); got != tc.want {
			t.Errorf("OfficeTitle(%q) = %v, want %v", tc.norm, got, tc.want)
		}
	}
}
