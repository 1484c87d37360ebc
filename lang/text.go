package lang

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// StartsUpper reports whether s starts with an upper-case letter.
func StartsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// IsLetters reports whether s is non-empty and made of letters only.
func IsLetters(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// FoldToken returns the folded form of a token: its Norm when the
// tokenizer filled it, else l.Fold, else a plain lower-casing.
func FoldToken(t *Token, l Language) string {
	if t.Norm != "" {
		return t.Norm
	}
	if l != nil {
		return l.Fold(t.Text)
	}
	return strings.ToLower(t.Text)
}
