package ru

import (
	"strings"

	"github.com/varlik/varlik/lang"
)

var _ lang.PlaceGenitives = Russian{}

// nonGenitiveEndings end the dative, prepositional and instrumental forms
// of places' names (Аргентине, Китаю, Китаем, Аргентиной, Штатам,
// Штатах), which no genitive takes. -и and -ии are left out: they end the
// genitive (Канады, России) as often as any other case.
var nonGenitiveEndings = []string{"е", "у", "ю", "ом", "ем", "ой", "ам", "ям", "ах", "ях", "ами", "ями"}

// NotGenitive reports whether norm, a folded word of a place's name, ends
// in a case ending that no genitive has (lang.PlaceGenitives), but for
// -ой before the last word, which ends a feminine adjective's genitive
// (Российской Федерации, Южной Кореи).
func (Russian) NotGenitive(norm string, last bool) bool {
	for _, e := range nonGenitiveEndings {
		if strings.HasSuffix(norm, e) && (e != "ой" || last) {
			return true
		}
	}
	return false
}

// Declines reports whether name, a place's name in the nominative, ends
// as a declining noun does (lang.PlaceGenitives): in a consonant, -а, -я,
// -ь, -й or -ы (Италия, Китай, Бангладеш, Штаты), not in another vowel
// (Чили, Перу, Сан-Марино do not decline and read as genitives too).
func (Russian) Declines(name string) bool {
	rs := []rune(strings.ToLower(name))
	if len(rs) == 0 {
		return false
	}
	last := rs[len(rs)-1]
	return !strings.ContainsRune("аеёиоуыэюя", last) || strings.ContainsRune("аяы", last)
}
