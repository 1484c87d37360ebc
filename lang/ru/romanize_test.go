package ru

import (
	"strings"
	"testing"
)

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

// TestRomanizeAsReplacer checks that Romanize applies romanLetters as a
// strings.Replacer of them does: on every letter of the alphabet, and on
// every string of up to four of the letters their multi-letter spellings
// are made of, with other letters, a space and a stray byte.
func TestRomanizeAsReplacer(t *testing.T) {
	r := strings.NewReplacer(romanLetters...)
	check := func(s string) {
		if got, want := (Russian{}).Romanize(s), r.Replace(s); got != want {
			t.Fatalf("Romanize(%q) = %q, the replacer gives %q", s, got, want)
		}
	}
	for c := 'а'; c <= 'я'; c++ {
		check(string(c))
	}
	check("ё")
	symbols := []string{"а", "о", "и", "е", "э", "у", "ы", "я", "ё", "д", "ж", "з", "к", "с", "г", "в", "х", "ц", "ч", "ъ", "ь", "q", " ", "\xd0"}
	var each func(s string, n int)
	each = func(s string, n int) {
		check(s)
		if n == 0 {
			return
		}
		for _, c := range symbols {
			each(s+c, n-1)
		}
	}
	each("", 4)
}
