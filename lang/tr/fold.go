package tr

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/cases"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"

	"github.com/varlik/varlik/lang"
)

// Fold normalizes s for matching: NFC, Turkish lower-casing (İ→i, I→ı,
// other letters by Unicode rules) and typographic apostrophes ’ ‘ ` ´ as
// '. It returns s itself, without allocating, when s is already folded.
// Invalid UTF-8 bytes are kept as they are.
//
// Strings of Latin letters below U+0300 (all of Turkish) are folded rune by
// rune, which matches cases.Lower(language.Turkish) for them and needs no
// normalization (no combining marks); anything else goes through
// golang.org/x/text.
func Fold(s string) string {
	i := foldedPrefix(s)
	if i == len(s) {
		return s
	}
	b, ok := appendFolded(make([]byte, 0, len(s)+8), s, i)
	if !ok {
		return foldSlow(s)
	}
	return unsafe.String(unsafe.SliceData(b), len(b)) // b is not written again
}

// foldedPrefix returns the length of the longest prefix of s that folding
// leaves as it is.
func foldedPrefix(s string) int {
	i := 0
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if ('A' <= c && c <= 'Z') || c == '`' {
				break
			}
			i++
			continue
		}
		if r, ok := latinRune(s, i); ok {
			if foldedBelowMarks[r] != r {
				break
			}
			i += 2
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !invalidByte(r, n) && (!simpleFoldRune(r) || foldRune(r) != r) {
			break
		}
		i += n
	}
	return i
}

// appendFolded appends Fold(s) to b, given the length i of s's folded
// prefix, when s can be folded rune by rune; else it reports false, b
// then holding a part of it.
func appendFolded(b []byte, s string, i int) ([]byte, bool) {
	b = append(b, s[:i]...)
	for i < len(s) {
		// ASCII, most letters of most words folded, from the table in
		// line: decoding it as any rune was a third of a word's folding.
		if c := s[i]; c < utf8.RuneSelf {
			if f := foldedBelowMarks[c]; f < utf8.RuneSelf {
				b = append(b, byte(f))
			} else {
				b = append(b, "ı"...) // I
			}
			i++
			continue
		}
		if r, ok := latinRune(s, i); ok {
			b = utf8.AppendRune(b, foldedBelowMarks[r])
			i += 2
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case invalidByte(r, n):
			b = append(b, s[i]) // kept as it is, as foldSlow does
		case !simpleFoldRune(r):
			return b, false
		default:
			b = utf8.AppendRune(b, foldRune(r))
		}
		i += n
	}
	return b, true
}

// foldInto returns lang.FoldShort(s, Fold), its bytes in the arena.
func foldInto(a *lang.NormArena, s string) string {
	if len(s) > lang.MaxFoldBytes {
		return s
	}
	return foldIntoFrom(a, s, foldedPrefix(s))
}

// foldIntoFrom is foldInto of s, at most lang.MaxFoldBytes long, given
// i = foldedPrefix(s), which the tokenizer finds as it scans a word.
func foldIntoFrom(a *lang.NormArena, s string, i int) string {
	if i == len(s) {
		return s
	}
	// A rune folds to at most twice its bytes (I to ı).
	if f, ok := a.Fold(s, 2*len(s), func(b []byte, s string) ([]byte, bool) { return appendFolded(b, s, i) }); ok {
		return f
	}
	return foldSlow(s)
}

// latinRune decodes the rune at s[i] when it is one of two bytes below
// the combining marks (U+0080–U+02FF: ç, ğ, ı, ö, ş, ü and the other
// Latin letters), which folding looks up in foldedBelowMarks: most words
// of Turkish text have one, and decoding them in general took a third of
// foldedPrefix. A lead byte from 0xC2 makes no overlong form.
func latinRune(s string, i int) (rune, bool) {
	if c := s[i]; c >= 0xC2 && c < 0xCC && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
		return rune(c&0x1F)<<6 | rune(s[i+1]&0x3F), true
	}
	return 0, false
}

// invalidByte reports whether a decoded rune is an invalid UTF-8 byte,
// which folding keeps: garbage is folded without golang.org/x/text's
// allocations (3.5 million tokens of random bytes allocated 346 MB there).
func invalidByte(r rune, n int) bool { return r == utf8.RuneError && n == 1 }

// simpleFoldRune reports whether a valid rune r can be folded on its own:
// below the combining marks, or a typographic apostrophe.
func simpleFoldRune(r rune) bool {
	return (r < 0x300 && r != utf8.RuneError) || r == '\u2019' || r == '\u2018'
}

// foldRune folds a rune for which simpleFoldRune holds.
func foldRune(r rune) rune {
	if r < rune(len(foldedBelowMarks)) {
		return foldedBelowMarks[r]
	}
	return foldRuneSlow(r)
}

func foldRuneSlow(r rune) rune {
	if isApostrophe(r) {
		return '\''
	}
	return unicode.TurkishCase.ToLower(r)
}

// foldedBelowMarks (foldtable.go) holds foldRuneSlow of every rune below
// the combining marks: most words of Turkish text have a letter there that
// is not ASCII (ç, ğ, ı, ö, ş, ü), and unicode's case tables cost a search
// each. It is made at generate time: made at start-up, it cost every
// program 0.18M instructions.
//
//go:generate go test -run TestFoldTable -update .

var (
	turkishLower = sync.Pool{New: func() any {
		c := cases.Lower(language.Turkish)
		return &c
	}}
	apostrophes = strings.NewReplacer("\u2019", "'", "\u2018", "'", "`", "'", "\u00b4", "'")
)

// foldSlow folds any string with golang.org/x/text. A cases.Caser is not
// safe for concurrent use, so casers are pooled.
func foldSlow(s string) string {
	c := turkishLower.Get().(*cases.Caser)
	out := c.String(norm.NFC.String(s))
	turkishLower.Put(c)
	return apostrophes.Replace(norm.NFC.String(out))
}
