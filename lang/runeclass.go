package lang

import (
	"strings"
	"unicode"
)

// Package unicode answers IsLetter, IsUpper and the like from a table for
// Latin-1 only; for every other rune it binary-searches its range tables,
// which made those calls a tenth of the time of Russian extraction
// (Cyrillic letters). The functions below answer from a table built from
// package unicode for the runes below classTableSize and ask package
// unicode about the others, so that they agree with it on every rune.
// They call unicode.Is rather than unicode.IsLetter and the like, whose
// own Latin-1 test would make them too costly to inline. The table,
// runeClasses, is made at generate time (runeclasses.go): making it at
// start-up took 1.2M instructions, a tenth of a program tagging one
// sentence.

//go:generate go test -run TestRuneClassTable -update .

// classTableSize covers Latin, Greek and Cyrillic, up to Armenian (U+0530).
const classTableSize = 0x530

// Rune classes, as bits of runeClasses.
const (
	classLetter uint8 = 1 << iota
	classUpper
	classLower
	classDigit
	classMark
	classSpace
)

// The class functions below are written out one by one: a shared
// inClass(r, bit, table) that each called cost them 81 in the inliner's
// budget of 80, and callers in the tokenizers' loops would no longer
// inline them.

// IsLetter is unicode.IsLetter.
func IsLetter(r rune) bool {
	if uint32(r) < classTableSize {
		return runeClasses[r]&classLetter != 0
	}
	return unicode.Is(unicode.Letter, r)
}

// IsUpper is unicode.IsUpper.
func IsUpper(r rune) bool {
	if uint32(r) < classTableSize {
		return runeClasses[r]&classUpper != 0
	}
	return unicode.Is(unicode.Upper, r)
}

// IsLower is unicode.IsLower.
func IsLower(r rune) bool {
	if uint32(r) < classTableSize {
		return runeClasses[r]&classLower != 0
	}
	return unicode.Is(unicode.Lower, r)
}

// IsDigit is unicode.IsDigit.
func IsDigit(r rune) bool {
	if uint32(r) < classTableSize {
		return runeClasses[r]&classDigit != 0
	}
	return unicode.Is(unicode.Digit, r)
}

// IsMark is unicode.IsMark.
func IsMark(r rune) bool {
	if uint32(r) < classTableSize {
		return runeClasses[r]&classMark != 0
	}
	return unicode.Is(unicode.Mark, r)
}

// IsSpace is unicode.IsSpace.
func IsSpace(r rune) bool {
	if uint32(r) < classTableSize {
		return runeClasses[r]&classSpace != 0
	}
	return unicode.Is(unicode.White_Space, r)
}

// IsWordRune reports whether r is a letter, a digit or a mark, the runes
// that make up words.
func IsWordRune(r rune) bool {
	if uint32(r) < classTableSize {
		return runeClasses[r]&(classLetter|classDigit|classMark) != 0
	}
	return unicode.In(r, unicode.Letter, unicode.Digit, unicode.Mark)
}

// LatinCapitalVowel reports whether r is a capital vowel of the Latin
// alphabets of the languages here: A, E, I, O, U, and Turkish İ, Ö, Ü and
// the circumflexed Â, Î, Û (a word in capitals without one is an acronym
// read letter by letter: BSC, TBMM).
func LatinCapitalVowel(r rune) bool {
	return strings.ContainsRune("AEIOUİÖÜÂÎÛ", r)
}
