package ru

import "testing"

func TestEnglishNameWord(t *testing.T) {
	for w, want := range map[string]string{
		"западной": "west", "западная": "west", "восток": "east", "востоке": "east", "восточного": "east",
		"северное": "north", "юго": "south", "юге": "south", "южной": "south", "северо": "north",
		"вирджинии": "", "югра": "", "западня": "", "востоков": "", "уэст": "",
	} {
		if got := (Russian{}).EnglishNameWord(w); got != want {
			t.Errorf("EnglishNameWord(%q) = %q, want %q", w, got, want)
		}
	}
}
