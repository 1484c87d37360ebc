package recognize

import (
	"strings"
	"testing"
)

// TestHasApostrophe checks hasApostrophe against strings.ContainsAny on
// words with and without either apostrophe, their bytes cut or beside
// invalid ones.
func TestHasApostrophe(t *testing.T) {
	for _, s := range []string{"", "'", "’", "Sade'nin", "Sade’nin", "Москва", "д'Ивуар", "д’Ивуар", "\xe2\x80", "\xe2\xe2\x80\x99",
		"\xe2\x80\x98", "‘", "ʼ", "a\xff'", "\x80\x99", "Кот-д’Ивуар’", "abc"} {
		if got, want := hasApostrophe(s), strings.ContainsAny(s, "'’"); got != want {
			t.Errorf("hasApostrophe(%q) = %v, want %v", s, got, want)
		}
	}
}
