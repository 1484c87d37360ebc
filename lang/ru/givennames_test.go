package ru

import "testing"

func TestGivenName(t *testing.T) {
	for norm, want := range map[string]bool{"вирджиния": true, "сергей": true, "аризона": false, "москва": false, "": false} {
		if got := (Russian{}).GivenName(norm); got != want {
			t.Errorf("GivenName(%q) = %v, want %v", norm, got, want)
		}
	}
}
