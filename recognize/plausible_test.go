package recognize

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/varlik/varlik/annotation"
)

func TestPlausible(t *testing.T) {
	for text, want := range map[string]bool{
		"Ankara": true, "Birleşmiş Milletler": true, "Bob\x00Jones": false, "Acme\xffCorp": false,
		"Li\nQiang": false, "'''": false, "12345": false, strings.Repeat("Ç", 200): false,
	} {
		e := annotation.Entity{Text: text, First: 0, Last: len(strings.Fields(text))}
		if got := plausible(&e); got != want {
			t.Errorf("plausible(%.20q) = %v, want %v", text, got, want)
		}
	}
}

// TestPlausibleUTF8 checks plausible against its definition read with
// utf8.ValidString and a range over the runes, on texts of every kind of
// invalid UTF-8 (a lone continuation byte, a cut rune, an overlong form, a
// surrogate, a byte past U+10FFFF), U+FFFD itself, C0 and C1 control
// characters, every ASCII byte, and valid runes of one to four bytes,
// alone and between letters.
func TestPlausibleUTF8(t *testing.T) {
	parts := []string{"", "a", "Ş", "Ж", "日", "😀", "1", " ", "\x80", "\xc3", "\xc0\x80", "\xc1\xbf", "\xe0\x80\x80",
		"\xed\xa0\x80", "\xf4\x90\x80\x80", "\xf0\x9f", "\xff", "\ufffd", "\x00", "\x1f", "\x7f", "\u0085", "\u009f", "\u00a0", "'"}
	for c := range utf8.RuneSelf { // every ASCII byte, which plausible tells by itself
		parts = append(parts, string(rune(c)))
	}
	want := func(s string) bool {
		if !utf8.ValidString(s) {
			return false
		}
		letter := false
		for _, r := range s {
			if unicode.IsControl(r) || r == utf8.RuneError {
				return false
			}
			letter = letter || unicode.IsLetter(r)
		}
		return letter
	}
	for _, a := range parts {
		for _, b := range parts {
			for _, s := range []string{a + b, "A" + a + "b" + b, a + "Ö" + b + "z"} {
				e := annotation.Entity{Text: s, Last: 1}
				if got := plausible(&e); got != want(s) {
					t.Errorf("plausible(%q) = %v, want %v", s, got, want(s))
				}
			}
		}
	}
}
