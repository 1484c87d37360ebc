package lang_test

import (
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/varlik/varlik/lang"
)

// TestRuneClasses checks the table-backed classes against package unicode
// on every rune, and on the negative and out-of-range ones.
func TestRuneClasses(t *testing.T) {
	for _, c := range []struct {
		name      string
		got, want func(rune) bool
	}{
		{"IsLetter", lang.IsLetter, unicode.IsLetter},
		{"IsUpper", lang.IsUpper, unicode.IsUpper},
		{"IsLower", lang.IsLower, unicode.IsLower},
		{"IsDigit", lang.IsDigit, unicode.IsDigit},
		{"IsMark", lang.IsMark, unicode.IsMark},
		{"IsSpace", lang.IsSpace, unicode.IsSpace},
		{"IsWordRune", lang.IsWordRune, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) }},
	} {
		for r := rune(-2); r <= unicode.MaxRune+2; r++ {
			if c.got(r) != c.want(r) {
				t.Errorf("%s(%U) = %v, want %v", c.name, r, c.got(r), c.want(r))
			}
		}
	}
}

// TestStartsUpper checks StartsUpper against unicode.IsUpper of the first
// rune, for every rune below U+3000 alone and before another.
func TestStartsUpper(t *testing.T) {
	for r := rune(0); r < 0x3000; r++ {
		for _, s := range []string{string(r), string(r) + "a", string(r) + "Ж"} {
			if got, want := lang.StartsUpper(s), unicode.IsUpper(r); got != want {
				t.Errorf("StartsUpper(%q) = %v, want %v", s, got, want)
			}
		}
	}
	for _, s := range []string{"", "\xff", "\xd0"} {
		if lang.StartsUpper(s) {
			t.Errorf("StartsUpper(%q) = true", s)
		}
	}
}

// TestDecodeRune checks lang.DecodeRune and lang.RuneCount against
// package utf8 on every one- and two-byte sequence, with and without a
// byte after it.
func TestDecodeRune(t *testing.T) {
	for a := range 256 {
		for b := range 257 {
			s := string([]byte{byte(a)})
			if b < 256 {
				s += string([]byte{byte(b)})
			}
			for _, s := range []string{s, s + "x", s + "\x80"} {
				r, n := lang.DecodeRune(s)
				if wr, wn := utf8.DecodeRuneInString(s); r != wr || n != wn {
					t.Errorf("DecodeRune(%q) = %U, %d, want %U, %d", s, r, n, wr, wn)
				}
				if got, want := lang.RuneCount(s), utf8.RuneCountInString(s); got != want {
					t.Errorf("RuneCount(%q) = %d, want %d", s, got, want)
				}
			}
		}
	}
	for _, s := range []string{"", "ж", "€", "😀", "\xe2\x82", "\xf0\x9f"} {
		r, n := lang.DecodeRune(s)
		if wr, wn := utf8.DecodeRuneInString(s); r != wr || n != wn {
			t.Errorf("DecodeRune(%q) = %U, %d, want %U, %d", s, r, n, wr, wn)
		}
		if got, want := lang.RuneCount(s+s), utf8.RuneCountInString(s+s); got != want {
			t.Errorf("RuneCount(%q) = %d, want %d", s+s, got, want)
		}
	}
}

// TestDecodeLastRune checks lang.DecodeLastRune against package utf8 on
// every sequence of two bytes, alone and after each byte.
func TestDecodeLastRune(t *testing.T) {
	for a := range 256 {
		for b := range 256 {
			for _, pre := range []string{"", "x", "\xd0", "\xe2", "\xf0", "\x80"} {
				s := pre + string([]byte{byte(a), byte(b)})
				r, n := lang.DecodeLastRune(s)
				if wr, wn := utf8.DecodeLastRuneInString(s); r != wr || n != wn {
					t.Errorf("DecodeLastRune(%q) = %U, %d, want %U, %d", s, r, n, wr, wn)
				}
			}
		}
	}
	for _, s := range []string{"", "x", "ж", "€", "😀", "\x80", "\xd0"} {
		r, n := lang.DecodeLastRune(s)
		if wr, wn := utf8.DecodeLastRuneInString(s); r != wr || n != wn {
			t.Errorf("DecodeLastRune(%q) = %U, %d, want %U, %d", s, r, n, wr, wn)
		}
	}
}

func TestLatinCapitalVowel(t *testing.T) {
	for r, want := range map[rune]bool{'A': true, 'İ': true, 'Ö': true, 'Û': true, 'a': false, 'B': false, 'I': true, 'Й': false} {
		if got := lang.LatinCapitalVowel(r); got != want {
			t.Errorf("LatinCapitalVowel(%q) = %v, want %v", r, got, want)
		}
	}
}
