package tr

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/varlik/varlik/lang"
)

// scanWordByRune is scanWord as it was before its loop over ASCII letters
// and digits: every byte through one loop, runes decoded by package utf8.
// scanWord must agree with it at every position of every text, and give
// the folded prefix that foldedPrefix finds in the word.
func scanWordByRune(s string, i int) int {
	j, seg := i, i
	for j < len(s) && j-i < lang.MaxTokenBytes {
		c := s[j]
		if c < utf8.RuneSelf {
			switch {
			case asciiClass[c] == clLetter || asciiClass[c] == clDigit:
				j++
				continue
			case c == '-' && joinHyphen(s, seg, j):
				j++
				seg = j
				continue
			case (c == '\'' || c == '`') && joinApostrophe(s, seg, j+1):
				j++
				continue
			}
			return j
		}
		r, n := utf8.DecodeRuneInString(s[j:])
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
		case r == 0xAD || r == 0x200C || r == 0x200D:
			if r2, n2 := runeAt(s, j+n); n2 == 0 || !isWordRune(r2) {
				return j
			}
		case isApostrophe(r) && joinApostrophe(s, seg, j+n):
		default:
			return j
		}
		j += n
	}
	return j
}

// checkScanWord compares scanWord with scanWordByRune at every byte of s
// (at its first and last bytes only when s is longer than a token may be).
func checkScanWord(t *testing.T, s string) {
	t.Helper()
	for i := range len(s) {
		if len(s) > lang.MaxTokenBytes && i > 8 && i < len(s)-8 {
			continue
		}
		end, folded := scanWord(s, i)
		if want := scanWordByRune(s, i); end != want {
			t.Fatalf("scanWord(%.40q, %d) ends at %d, want %d", s, i, end, want)
		}
		if want := foldedPrefix(s[i:end]); folded != want {
			t.Fatalf("scanWord(%.40q, %d) gives a folded prefix of %d, want %d", s, i, folded, want)
		}
	}
}

func TestScanWordMatchesByRune(t *testing.T) {
	long := strings.Repeat("a", lang.MaxTokenBytes+8)
	for _, s := range []string{
		"", "Ankara", "Çin'in", "ABD’nin", "O'Neill", "Ebu'l", "Ebu'l-Hasan", "ab'l", "d`Estaing", "Çin-Rusya", "sosyo-ekonomik", "Kovid-19",
		"e-Devlet", "Ali\u0301", "iş\u00adbirliği", "a\u200cb", "a\u200d", "5G", "\xffab\xc3", "Москва-Сити",
		"T.C.", "ağaç,", "ŞİMDİ", "İstanbul", "ıIiİ", "abcD", "ab`Cd", "a\u00b4Bc", "o’Neill", "Ali\u0301K", "x\u00adY",
		"a\u200cb", "çÇ", "ÿŸ", "Москва", "aá", "Ǆ", "aBç", "çaB", "abÇD", "ÇaB", "aÇ", "aIç", "ıI", "Iı", "ĞÜNEŞ", "güneş'e", "x\u0131\u0307", long, "aaaa" + long, long[:lang.MaxTokenBytes-1] + "ş", long[:lang.MaxTokenBytes-1] + "-a",
	} {
		checkScanWord(t, s)
	}
}

func FuzzScanWord(f *testing.F) {
	for _, tc := range tokenizeCases {
		f.Add(tc.in)
	}
	f.Fuzz(checkScanWord)
}

// TestAbbreviationLowering checks that the table lookupAbbreviation lowers
// the runes below the combining marks with, apostrophes aside, is
// unicode.TurkishCase.ToLower, which it replaces there.
func TestAbbreviationLowering(t *testing.T) {
	for r := range rune(len(foldedBelowMarks)) {
		if isApostrophe(r) {
			continue
		}
		if got, want := foldedBelowMarks[r], unicode.TurkishCase.ToLower(r); got != want {
			t.Errorf("foldedBelowMarks[%U] = %U, TurkishCase.ToLower gives %U", r, got, want)
		}
	}
}
