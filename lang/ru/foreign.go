package ru

import (
	"unicode"

	"github.com/varlik/varlik/lang"
)

var _ lang.ForeignScriptNames = Russian{}

// ForeignScript reports whether word holds letters and none of them is
// Cyrillic (lang.ForeignScriptNames): Russian news transliterates people
// and places (Джонсон, Лондон) and leaves many companies, brands and
// media in Latin letters (Revlon, ITV, MySQL).
func (Russian) ForeignScript(word string) bool {
	letters := false
	for _, r := range word {
		if !unicode.IsLetter(r) {
			continue
		}
		if unicode.Is(unicode.Cyrillic, r) {
			return false
		}
		letters = true
	}
	return letters
}
