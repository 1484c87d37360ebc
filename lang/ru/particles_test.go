package ru

import "testing"

func TestNameParticle(t *testing.T) {
	tests := []struct {
		norm string
		want bool
	}{
		{"бин", true},
		{"де", true},
		{"аль-хадж", true},
		{"эль-масри", true},
		{"ден", true},
		{"of", true}, // another script
		{"слева", false},
		{"рэппер", false},
		{"из-за", false},
	}
	for _, tc := range tests {
		if got := (Russian{}).NameParticle(tc.norm); got != tc.want {
			t.Errorf("NameParticle(%q) = %v, want %v", tc.norm, got, tc.want)
		}
	}
}
