package tr

import (
	"unicode"
	"unicode/utf8"

	"github.com/varlik/varlik/lang"
)

// ASCII character classes for the tokenizer's fast path.
const (
	clOther   uint8 = iota // punctuation and symbols, dispatched by punctToken
	clSpace                // ' ', \t, \n, \v, \f, \r
	clLetter               // A-Z a-z
	clDigit                // 0-9
	clControl              // other C0 controls and DEL
)

var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := 0; c < utf8.RuneSelf; c++ {
		switch {
		case c == ' ' || (c >= '\t' && c <= '\r'):
			t[c] = clSpace
		case c < ' ' || c == 0x7f:
			t[c] = clControl
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			t[c] = clLetter
		case c >= '0' && c <= '9':
			t[c] = clDigit
		}
	}
	return t
}()

func isASCIIDigit(c byte) bool { return c >= '0' && c <= '9' }

func isASCIIAlnum(c byte) bool { return asciiWord[c] != 0 }

// asciiWord holds, for every byte, asciiUpper for A-Z, asciiLowerOrDigit
// for a-z and 0-9, and 0 for the others.
var asciiWord = func() (t [256]uint8) {
	for c := range asciiClass {
		switch {
		case 'A' <= c && c <= 'Z':
			t[c] = asciiUpper
		case asciiClass[c] == clLetter || asciiClass[c] == clDigit:
			t[c] = asciiLowerOrDigit
		}
	}
	return t
}()

const (
	asciiLowerOrDigit uint8 = 1 << iota
	asciiUpper
)

// runeAt decodes the rune at byte offset i of s; past the end it returns
// (utf8.RuneError, 0).
func runeAt(s string, i int) (rune, int) {
	if i >= len(s) {
		return utf8.RuneError, 0
	}
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// isWordRune reports whether r continues a word: letters, digits and
// combining marks (NFD input keeps its marks inside the word).
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r] == clLetter || asciiClass[r] == clDigit
	}
	return lang.IsWordRune(r)
}

// isLetterAt reports whether a letter starts at byte i of s.
func isLetterAt(s string, i int) bool {
	r, n := runeAt(s, i)
	return n > 0 && lang.IsLetter(r)
}

// isApostrophe reports whether r may introduce an apostrophe suffix:
// ' ’ ‘ ` ´.
func isApostrophe(r rune) bool {
	return r == '\'' || r == '\u2019' || r == '\u2018' || r == '`' || r == '\u00b4'
}

// isSkippable reports whether a non-ASCII rune separates tokens without
// being one: Unicode white space and invisible format characters (BOM,
// zero-width space, bidi marks, soft hyphen).
func isSkippable(r rune) bool {
	return unicode.IsSpace(r) || unicode.Is(unicode.Cf, r)
}

// isEmojiStart reports whether r begins an emoji sequence. The ranges are
// the pictographic blocks; text-style symbols such as © stay Symbol.
func isEmojiStart(r rune) bool {
	switch {
	case r >= 0x1F000 && r <= 0x1FAFF, r >= 0x2600 && r <= 0x27BF:
		return true
	case r >= 0x231A && r <= 0x231B, r >= 0x23E9 && r <= 0x23FA:
		return true
	case r == 0x2B50, r == 0x2B55, r == 0x2B1B, r == 0x2B1C, r == 0x3030, r == 0x303D:
		return true
	}
	return false
}

// isEmojiModifier reports whether r extends the preceding emoji: variation
// selectors, skin tones, the keycap mark and tag characters.
func isEmojiModifier(r rune) bool {
	return r == 0xFE0F || r == 0xFE0E || r == 0x20E3 ||
		(r >= 0x1F3FB && r <= 0x1F3FF) || (r >= 0xE0020 && r <= 0xE007F)
}

func isRegionalIndicator(r rune) bool { return r >= 0x1F1E6 && r <= 0x1F1FF }

// isControl reports whether the rune at i is a control character that is
// not white space (NUL, C0 and C1 controls).
func isControlAt(s string, i int) (bool, int) {
	r, n := runeAt(s, i)
	if n == 0 || (r == utf8.RuneError && n == 1) {
		return false, n
	}
	if r < utf8.RuneSelf {
		return asciiClass[r] == clControl, n
	}
	return unicode.IsControl(r) && !unicode.IsSpace(r), n
}
