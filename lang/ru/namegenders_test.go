package ru

import (
	"testing"

	"github.com/varlik/varlik/lang"
)

func TestNameGenders(t *testing.T) {
	for _, c := range []struct {
		word           string
		surname, given lang.Gender
	}{
		{"касаткин", lang.Masculine, lang.UnknownGender},
		{"ивановым", lang.Masculine, lang.UnknownGender},
		{"жуковский", lang.Masculine, lang.UnknownGender},
		{"иванова", lang.UnknownGender, lang.UnknownGender}, // his genitive, her nominative
		{"ивановой", lang.Feminine, lang.UnknownGender},
		{"жуковская", lang.Feminine, lang.UnknownGender},
		{"джеррард", lang.UnknownGender, lang.UnknownGender}, // a foreign surname
		{"ин", lang.UnknownGender, lang.UnknownGender},       // no stem before the ending
		{"дарья", lang.UnknownGender, lang.Feminine},
		{"анна", lang.UnknownGender, lang.Feminine},
		{"никита", lang.UnknownGender, lang.UnknownGender}, // a man's name in -а
		{"саша", lang.UnknownGender, lang.UnknownGender},   // either
		{"сергей", lang.UnknownGender, lang.UnknownGender},
	} {
		if got := (Russian{}).SurnameGender(c.word); got != c.surname {
			t.Errorf("SurnameGender(%q) = %v, want %v", c.word, got, c.surname)
		}
		if got := (Russian{}).GivenNameGender(c.word); got != c.given {
			t.Errorf("GivenNameGender(%q) = %v, want %v", c.word, got, c.given)
		}
	}
}
