package ru

import (
	"strings"

	"github.com/varlik/varlik/lang"
)

var _ lang.NameGenders = Russian{}

// masculineSurnameEndings are the endings only a man's surname of the
// possessive (-ов, -ев, -ин) and adjectival (-ский) kinds takes: the
// nominative, the instrumental and the prepositional (Касаткин, Ивановым,
// об Иванове, Жуковский). A woman's is -ова, -ой, -ую, -ая.
var masculineSurnameEndings = []string{"ов", "ев", "ёв", "ин", "ын", "овым", "евым", "иным", "ыным",
	"ове", "еве", "ине", "ыне", "ский", "цкий", "ского", "цкого", "скому", "цкому"}

// feminineSurnameEndings are the endings only a woman's surname of those
// kinds takes: the oblique cases of -ова, -ина and -ская (Ивановой,
// Касаткиной, Жуковской, Жуковскую).
var feminineSurnameEndings = []string{"овой", "евой", "иной", "ыной", "овою", "иною", "ской", "цкой", "скую", "цкую", "ская", "цкая"}

// SurnameGender returns the gender a folded Russian surname form shows by
// its ending (lang.NameGenders). A stem must come before the ending: a
// short word (Ин, Ков) is no such surname.
func (Russian) SurnameGender(norm string) lang.Gender {
	for _, e := range feminineSurnameEndings {
		if strings.HasSuffix(norm, e) && len(norm) > len(e)+2 {
			return lang.Feminine
		}
	}
	for _, e := range masculineSurnameEndings {
		if strings.HasSuffix(norm, e) && len(norm) > len(e)+2 {
			return lang.Masculine
		}
	}
	return lang.UnknownGender
}

// masculineGivenNamesInA are the men's given names that end in -а or -я,
// as most women's do.
var masculineGivenNamesInA = map[string]bool{"илья": true, "никита": true, "фома": true, "кузьма": true, "лука": true,
	"савва": true, "данила": true}

// GivenNameGender returns the gender a folded Russian given name shows
// (lang.NameGenders): a name the lexicon knows as a given name ending in
// -а or -я is a woman's (Дарья, Анна), but for the few men's names so
// formed (Илья, Никита); a name that can be either (Саша, Женя) or ends
// otherwise gives UnknownGender: foreign women's names end in consonants
// too (Кэтрин, Эмили).
func (r Russian) GivenNameGender(norm string) lang.Gender {
	if masculineGivenNamesInA[norm] || !r.GivenName(norm) {
		return lang.UnknownGender
	}
	switch {
	case strings.HasSuffix(norm, "а"), strings.HasSuffix(norm, "я"):
		if unisexGivenNames[norm] {
			return lang.UnknownGender
		}
		return lang.Feminine
	}
	return lang.UnknownGender
}

// unisexGivenNames are the short forms either gender goes by.
var unisexGivenNames = map[string]bool{"саша": true, "женя": true, "валя": true, "шура": true, "слава": true}
