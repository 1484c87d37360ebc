package ru

import "testing"

func TestCommonAcronym(t *testing.T) {
	for norm, want := range map[string]bool{"сми": true, "вич": true, "оао": true, "обсе": false, "оон": false,
		"xix": true, "iv": true, "xxi": true, "nasa": false, "xbox": false,
		"vixx": false, "xxxviii": true, "ivx": false, "vi": true, "url": true, "dvd": true, "usb": true, "ibm": false, "нпз": true, "про": true} {
		if got := (Russian{}).CommonAcronym(norm); got != want {
			t.Errorf("CommonAcronym(%q) = %v, want %v", norm, got, want)
		}
	}
}
