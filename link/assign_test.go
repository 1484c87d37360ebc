package link

import (
	"strings"
	"testing"
)

// TestSingleSpaced checks singleSpaced against strings.Fields, which it
// stands for, on names with each kind of white space at their ends, in
// runs and alone, in Latin and Cyrillic, and on invalid UTF-8 (a space's
// first byte alone, or before a byte that ends another rune).
func TestSingleSpaced(t *testing.T) {
	for _, s := range []string{
		"", " ", "  ", "Rusya", "Li Qiang", "Li  Qiang", " Li Qiang", "Li Qiang ", "Li\tQiang", "Li\nQiang",
		"Белый дом", "Белый\u00a0дом", "Белый\u0085дом", "Белый\u3000дом", "Белый\u2009дом", "Белый\u205fдом",
		"Белый \u00a0дом", "\u00a0Белый", "Белый\u00a0", "Li\u1680Qiang", "Li\u202fQiang",
		"\xc2", "Li\xc2 Qiang", "Li\xe2\x80 Qiang", "Li\xe2\x80\xa0Qiang", "Li\xe3\x80", "\xff Li \xfe",
		"Li\x01Qiang", "Li\x7fQiang", "İstanbul  Üniversitesi", "a b c d", "a\r\nb",
	} {
		want := strings.Join(strings.Fields(s), " ")
		if got := singleSpaced(s); got != want {
			t.Errorf("singleSpaced(%q) = %q, want %q", s, got, want)
		}
	}
}
