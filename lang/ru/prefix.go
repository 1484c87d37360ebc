package ru

import (
	"slices"

	"github.com/varlik/varlik/lang"
)

// beginsWith reports whether norm begins with s, as strings.HasPrefix
// does, comparing the first two bytes in line before the rest, which is a
// call: most stems differ from most words in their first letter, whose
// second byte tells a Cyrillic one.
func beginsWith(norm, s string) bool {
	if len(norm) < len(s) {
		return false
	}
	if len(s) >= 2 && (norm[1] != s[1] || norm[0] != s[0]) {
		return false
	}
	return norm[:len(s)] == s
}

// stemList is a list of stems that the rules ask whether a word begins
// with (hasPrefix, caseFormOf), by their first letter: a word is compared
// with the stems of its own first letter alone, where the rules asked of
// many words and each scan compared every stem's first letter.
type stemList struct {
	lower  [32][]string // the stems beginning with а to я, by lowerLetter
	others []string     // the stems beginning otherwise
}

// newStemList returns the list of stems, none empty.
func newStemList(stems ...string) *stemList {
	l := &stemList{}
	for _, s := range stems {
		switch {
		case s == "":
			panic("lang/ru: an empty stem")
		case lang.LowerCyrillicAt(s, 0):
			k := lowerLetter(s, 0)
			l.lower[k] = append(l.lower[k], s)
		default:
			l.others = append(l.others, s)
		}
	}
	return l
}

// candidates returns the stems of l that may begin norm: those that begin
// with its first letter.
func (l *stemList) candidates(norm string) []string {
	if lang.LowerCyrillicAt(norm, 0) {
		return l.lower[lowerLetter(norm, 0)]
	}
	return l.others
}

// hasPrefix reports whether norm begins with one of stems.
func hasPrefix(norm string, stems *stemList) bool {
	for _, s := range stems.candidates(norm) {
		if beginsWith(norm, s) {
			return true
		}
	}
	return false
}

// caseFormOf reports whether norm is one of stems and a noun's case ending
// (nounEndings).
func caseFormOf(norm string, stems *stemList) bool {
	for _, s := range stems.candidates(norm) {
		if beginsWith(norm, s) && slices.Contains(nounEndings, norm[len(s):]) {
			return true
		}
	}
	return false
}

// lowerLetter returns the index from 0 to 31 of the letter from а to я
// at s[i] (lang.LowerCyrillicAt): D0 B0-BF are а to п, D1 80-8F р to я.
func lowerLetter(s string, i int) int {
	return int(s[i]&1)<<4 | int(s[i+1]&0x0F)
}
