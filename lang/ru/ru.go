// Package ru is varlik's Russian language package: a rule-based tokenizer
// (Cyrillic and Latin words, numbers, «» quotes, abbreviations such as г.,
// т.е., им., ул.), sentence splitting, case folding with ё→е, and a bounded
// analysis of Russian nominal inflection that proposes nominative stems for
// matching (России → россия, Мишустиным → мишустин, Китаю → китай).
//
// Invariant: for every Token t and Sentence s produced from an input string
// in, in[t.Start:t.End] == t.Text and in[s.Start:s.End] is the sentence text,
// in UTF-8 byte offsets into in itself. Invalid UTF-8 bytes become tokens of
// Kind lang.Other; nothing panics.
//
// Importing this package registers the Russian Language under "ru".
package ru

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/varlik/varlik/lang"
)

func init() { lang.Register(Russian{}) }

// Russian implements lang.Language for Russian. The zero value is ready to
// use and safe for concurrent use.
type Russian struct{}

// Code returns "ru".
func (Russian) Code() string { return "ru" }

// Fold normalizes s for matching: NFC, Unicode lower case, ё→е (Russian
// print mostly omits the diaeresis, so both spellings must match), and
// typographic apostrophes as '.
func (Russian) Fold(s string) string { return fold(s) }

func fold(s string) string {
	// Most text folded is nfcStable (Cyrillic, Latin): it is read without
	// strings.Map's decoding of every rune, returned as it is when folding
	// changes nothing, else written in one allocation (a name, a
	// mention's text: a capital first).
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if c, ok := lang.TwoByteRuneAt(s, i); ok { // inlined: no call for a Cyrillic letter
			r, size = c, 2
		} else if r >= utf8.RuneSelf {
			r, size = lang.DecodeRune(s[i:])
		}
		if !nfcStable(r) {
			return foldNFC(s)
		}
		if foldedRunes[r] != r {
			var buf [256]byte
			if b, ok := appendFolded(append(buf[:0], s[:i]...), s[i:]); ok {
				return string(b)
			}
			return foldNFC(s)
		}
		i += size
	}
	return s
}

// foldNFC is fold of any s: normalized first where it need be.
func foldNFC(s string) string {
	for _, r := range s {
		if !nfcStable(r) {
			s = norm.NFC.String(s)
			break
		}
	}
	return strings.Map(foldRune, s) // returns s itself when nothing changes
}

// foldInto returns lang.FoldShort(s, fold), its bytes in the arena when
// folding changes s.
func foldInto(a *lang.NormArena, s string) string {
	if len(s) > lang.MaxFoldBytes {
		return s
	}
	for i := 0; i < len(s); {
		if lang.LowerCyrillicAt(s, i) {
			i += 2 // most letters of most tokens: stable and folded already
			continue
		}
		r, size := rune(s[i]), 1
		if c, ok := cyrillicAt(s, i); ok {
			r, size = c, 2
		} else if r >= utf8.RuneSelf {
			r, size = lang.DecodeRune(s[i:])
		}
		i += size
		if !nfcStable(r) {
			return fold(s)
		}
		if foldedRunes[r] != r { // r is below U+0500 (nfcStable)
			// A rune below U+0500 lower-cases to at most half again its
			// bytes (Ⱥ to ⱥ).
			if f, ok := a.Fold(s, 2*len(s), appendFolded); ok {
				return f
			}
			return fold(s)
		}
	}
	return s
}

// appendFolded appends s folded when every rune of it is nfcStable, and
// reports whether it is.
func appendFolded(b []byte, s string) ([]byte, bool) {
	for i := 0; i < len(s); {
		// A letter from U+0400 to U+047F, as cyrillicAt reads it, folds to
		// one of them: its folded bytes come from a table.
		if c0 := s[i]; c0-0xD0 < 2 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			f := cyrillicFolds[(c0&1)<<6|s[i+1]&0x3F]
			b = append(b, f[0], f[1])
			i += 2
			continue
		}
		r, size := rune(s[i]), 1
		if c, ok := cyrillicAt(s, i); ok {
			r, size = c, 2
		} else if r >= utf8.RuneSelf {
			r, size = lang.DecodeRune(s[i:])
		}
		i += size
		if !nfcStable(r) {
			return b, false
		}
		// r is below U+0500; most folded runes take two bytes (Cyrillic),
		// which utf8.AppendRune would write out of line.
		if f := foldedRunes[r]; utf8.RuneSelf <= f && f < 0x800 {
			b = append(b, 0xC0|byte(f>>6), 0x80|byte(f)&0x3F)
		} else {
			b = utf8.AppendRune(b, f)
		}
	}
	return b, true
}

// cyrillicFolds holds the UTF-8 bytes of the fold of each rune from U+0400
// to U+047F, by cyrillicAt's index of it: each folds to one of them
// (TestCyrillicFolds).
var cyrillicFolds = func() (t [0x80][2]byte) {
	for r := rune(0x400); r < 0x480; r++ {
		utf8.EncodeRune(t[r-0x400][:], foldedRunes[r])
	}
	return t
}()

// foldRune is the fold of one rune: lower case, ё→е and typographic
// apostrophes as '.
func foldRune(r rune) rune {
	if uint32(r) < uint32(len(foldedRunes)) {
		return foldedRunes[r]
	}
	return foldRuneSlow(r)
}

// foldedRunes holds foldRuneSlow of the runes below U+0530 (Latin, Greek,
// Cyrillic): unicode.ToLower searches a table for every rune beyond ASCII,
// and tokenizing folds every rune of every word.
var foldedRunes = func() (t [0x530]rune) {
	for r := range t {
		t[r] = foldRuneSlow(rune(r))
	}
	return t
}()

func foldRuneSlow(r rune) rune {
	switch r = unicode.ToLower(r); r {
	case 'ё':
		return 'е'
	case '\u2019', '\u2018', '\u02bc':
		return '\''
	}
	return r
}

// nfcStable reports whether r can neither change nor combine with its
// neighbours under NFC: every rune below U+0300 and the Cyrillic letters
// (U+0400–U+04FF without the combining marks U+0483–U+0489). Checking this
// first lets the common token skip normalization.
func nfcStable(r rune) bool {
	return r < 0x300 || r >= 0x400 && r <= 0x4FF && (r < 0x483 || r > 0x489)
}

// InflectsEveryWord reports that Russian names decline word by word
// (Организации Объединённых Наций, Владимиром Путиным): the gazetteer
// matches each word of a name through its stems (gazetteer.WordInflector).
func (Russian) InflectsEveryWord() bool { return true }
