package ru

import (
	"strings"

	"github.com/varlik/varlik/lang"
)

var _ lang.Patronymics = Russian{}

// patronymicEndings are the endings of a patronymic's case forms: a
// man's (-ович, -евич, -ич: Николаевич, Ильич) takes the noun endings
// of a hushing consonant (-ем, stressed -ом: Николаевичем, Ильичом), a
// woman's (-овна, -евна, -ична) those of -а.
var patronymicEndings = []struct {
	stem    string
	endings []string
}{
	{"ич", []string{"", "а", "у", "ем", "ом", "е"}},
	{"овн", []string{"а", "ы", "е", "у", "ой", "ою"}},
	{"евн", []string{"а", "ы", "е", "у", "ой", "ою"}},
	{"ичн", []string{"а", "ы", "е", "у", "ой", "ою"}},
}

// Patronymic reports whether a folded word is a patronymic in any case
// (lang.Patronymics): Николаевич, Николаевича, Ильичом, Марковны,
// Сергеевной; its stem before the suffix must hold a vowel (бич is none).
// A man's surname in -ович or -евич (Абрамович, Янукович) is written so
// too: link asks only of a word between a given name and a surname.
func (Russian) Patronymic(norm string) bool {
	for _, p := range patronymicEndings {
		for _, e := range p.endings {
			if before, ok := strings.CutSuffix(norm, e); ok {
				if stem, ok := strings.CutSuffix(before, p.stem); ok && hasVowel(stem) {
					return true
				}
			}
		}
	}
	return false
}
