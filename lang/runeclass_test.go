package lang_test

import (
	"testing"
	"unicode"

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
	} {
		for r := rune(-2); r <= unicode.MaxRune+2; r++ {
			if c.got(r) != c.want(r) {
				t.Errorf("%s(%U) = %v, want %v", c.name, r, c.got(r), c.want(r))
			}
		}
	}
}
