package gazetteer

import (
	"testing"
	"unicode"
)

// TestLookupKey checks lookupKey against the walk of the name's NFC form
// that it stands for, on edge cases and on every name of the default
// gazetteer (many scripts, marks, and names in need of normalization).
func TestLookupKey(t *testing.T) {
	check := func(name string) {
		t.Helper()
		k := nameKey{fullOnly: true}
		k.walk(nfc(name))
		if got, ok := lookupKey(name); ok != !k.empty || ok && got != k.full {
			t.Errorf("lookupKey(%q) = %x, %v; want walk's %x, %v", name, got, ok, k.full, !k.empty)
		}
	}
	for _, name := range []string{
		"", " ", " \t\n\v\f\r", "\u0085\u00a0", "Ankara", "  New   York ", "New\u00a0York", "New\u0085York",
		"İSTANBUL", "Iğdır", "IRAK", "Millî Eğitim", "Ё", "Москва", "  Санкт-Петербург\t", "O`Neil", "O’Neil",
		"e\u0301", "é", "\u0307", "\u0307a", "a\u0307 b", "İ", "ς", "Ὀδυσσεύς", "Երևան", "תל אביב", "北京",
		"\xff", "a\xc0\x80b", "\xd0", "ab\xd0", "\xe2\x80", "Côte d’Ivoire", "A–B", "a\u2009b", "a\u3000b",
	} {
		check(name)
	}
	for _, e := range Default().Entries() {
		for _, names := range e.Names {
			for _, name := range names {
				check(name)
			}
		}
	}
}

func TestIsSpace(t *testing.T) {
	for r := rune(-1); r <= 0x3100; r++ {
		if got, want := isSpace(r), unicode.IsSpace(r); got != want {
			t.Errorf("isSpace(%U) = %v, want %v", r, got, want)
		}
	}
}
