package relation

import (
	"strings"
	"testing"
)

// TestChangedByUpper checks changedByUpper against its definition,
// strings.ToUpper(s) != s: on chosen strings (empty, ASCII, Turkish,
// Cyrillic, a title-case digraph, ß, U+FFFD written out, invalid UTF-8),
// and on every rune below U+3000 alone and after an upper-case letter.
func TestChangedByUpper(t *testing.T) {
	words := []string{
		"", "CEO", "ceo", "Secretary-General", "SECRETARY-GENERAL", "123", "İ", "ı", "Başbakan", "BAŞBAKAN",
		"министр", "МИНИСТР", "ǅ", "Ǆ", "ß", "\uFFFD", "A\uFFFD", "\xff", "A\xffB", "AB\xe2\x80", "ÇİN",
	}
	for r := rune(0); r < 0x3000; r++ {
		words = append(words, string(r), "A"+string(r))
	}
	for _, w := range words {
		if got, want := changedByUpper(w), strings.ToUpper(w) != w; got != want {
			t.Errorf("changedByUpper(%q) = %v, want %v", w, got, want)
		}
	}
}
