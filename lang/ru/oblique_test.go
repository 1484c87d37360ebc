package ru

import "testing"

// TestObliquePerson checks which persons' mentions their endings show to
// be in an oblique case.
func TestObliquePerson(t *testing.T) {
	for name, want := range map[string]bool{
		"Сергея Лаврова":  true, // a first name's genitive
		"Путину":          true, // an ending no nominative has
		"Марии Захаровой": true,
		"Сергей Лавров":   false,
		"Мария Захарова":  false,
		"Ли Цяна":         false, // nothing tells
		"Donald Trump":    false, // not Cyrillic
		"":                false,
	} {
		if got := (Russian{}).ObliquePerson(name); got != want {
			t.Errorf("ObliquePerson(%q) = %v, want %v", name, got, want)
		}
	}
}
