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
