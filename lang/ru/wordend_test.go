package ru

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/varlik/varlik/lang"
)

// wordEndByRune is wordEnd as it was before its loop over Cyrillic
// letters: every rune through one loop. wordEnd must agree with it at
// every position of every text.
func wordEndByRune(text string, i int, dots bool) int {
	for start := i; i < len(text) && i-start < lang.MaxTokenBytes; {
		if _, ok := cyrillicAt(text, i); ok {
			i += 2
			continue
		}
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = lang.DecodeRune(text[i:])
		}
		if isWordRune(r) {
			i += size
			continue
		}
		if (r == '-' || r == '\u2011' || r == '\'' || r == '’' || dots && r == '.') && i+size < len(text) && startsWord(text[i+size:]) {
			i += size
			continue
		}
		break
	}
	return i
}

// checkWordEnd compares wordEnd with wordEndByRune at every byte of s (at
// its first and last bytes only when s is longer than a token may be).
func checkWordEnd(t *testing.T, s string) {
	t.Helper()
	for i := range len(s) {
		if len(s) > lang.MaxTokenBytes && i > 8 && i < len(s)-8 {
			continue
		}
		for _, dots := range []bool{false, true} {
			if got, want := wordEnd(s, i, dots), wordEndByRune(s, i, dots); got != want {
				t.Fatalf("wordEnd(%.40q, %d, %v) = %d, want %d", s, i, dots, got, want)
			}
		}
	}
}

func TestWordEndMatchesByRune(t *testing.T) {
	long := strings.Repeat("я", lang.MaxTokenBytes/2+4)
	for _, s := range []string{
		"", "Москва", "Санкт-Петербург", "Кот-д'Ивуар", "т.е.", "info@x.ru", "ёж", "Ѐѳ", "Ли Цяном,", "a\xd0", "\xd0\xd0я",
		"слово\u0301", "МИД‑РФ", long, long[:lang.MaxTokenBytes-1] + "яя", "a" + long,
	} {
		checkWordEnd(t, s)
	}
}

func FuzzWordEnd(f *testing.F) {
	for _, s := range []string{"Москва", "т.е. Кот-д'Ивуар", "a\xd0\x80\xd1"} {
		f.Add(s)
	}
	f.Fuzz(checkWordEnd)
}
