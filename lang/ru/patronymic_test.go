package ru

import "testing"

func TestPatronymic(t *testing.T) {
	for _, c := range []struct {
		word string
		want bool
	}{
		{"николаевич", true},
		{"николаевича", true},
		{"николаевичу", true},
		{"николаевичем", true},
		{"николаевиче", true},
		{"ильич", true},
		{"ильичом", true},
		{"марковна", true},
		{"марковны", true},
		{"сергеевной", true},
		{"никитичну", true},
		{"ельцин", false},
		{"москва", false},
		{"ич", false},  // no stem
		{"бич", false}, // a stem of no vowel
		{"ивановым", false},
		{"", false},
	} {
		if got := (Russian{}).Patronymic(c.word); got != c.want {
			t.Errorf("Patronymic(%q) = %v, want %v", c.word, got, c.want)
		}
	}
}
