package ner

import (
	"strings"
	"testing"
)

func TestLexiconSetForms(t *testing.T) {
	x := NewLexicon(strings.ToLower)
	x.AddWords(PlaceName, "Ankara")
	x.SetForms(func(w string) []string { return []string{w, w + "а", w + "у"} })
	x.AddWords(PersonName, "Путин", "two words")
	for w, want := range map[string]uint16{"ankara": uint16(PlaceName), "ankaraа": 0, "путин": uint16(PersonName),
		"путина": uint16(PersonName), "путину": uint16(PersonName), "two words": 0} {
		if got := x.m[hashString(w)]; got != want {
			t.Errorf("%q: class bits %d, want %d", w, got, want)
		}
	}
	if x.Len() != 4 {
		t.Errorf("Len = %d, want 4", x.Len())
	}
}
