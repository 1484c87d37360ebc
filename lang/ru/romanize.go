package ru

import (
	"strings"
	"unicode/utf8"

	"github.com/varlik/varlik/lang"
)

// romanLetters transliterates Russian letters the way English spells
// names (Джон → john, Уэст → uest). An у between vowels is a u, as the
// Latin spellings of Spanish, Portuguese, French, Malay and Polynesian
// names write it (Chihuahua, Чиуауа; Talcahuano, Талькауано; Piauí,
// Пиауи; Ogooué, Огоуэ; Riau, Риау; Niue, Ниуэ), more often than the w of
// an English name (Rowan, Роуэн; Powell, Пауэлл), which it had been
// spelt before an а, an и or an э: of the gazetteer's English and
// Russian name pairs that spelling parted 12 and joined 1 (Soweto,
// Соуэто; the audit of December 5, branch xling7). The э of гэ and хэ is
// the a of an English ga or ha (Гэри, Gary; Хэтч, Hatch), which keeps
// their g hard, where a ge is soft. гва is the gua of Spanish and Italian (Гвардиола,
// Guardiola; Парагвай, Paraguay). чж and цз are pinyin's zh, and j or z,
// in the Russian spelling of Chinese names (Чжоу, Zhou; Цзян, Jiang), the
// only names that write them: цз is pinyin's j before the и, е, я or ю
// that pinyin's j comes before only (Цзиньпин, Jinping), and its z before
// an а, о, у, э or ы (Цзыбо, Zibo; Мао Цзэдун, Mao Zedong; Цзунъи,
// Zunyi), where a j had keyed it apart: of the 10,297 gazetteer entries
// with English and Russian names, those whose name IDs agree 8,646 →
// 8,656, none parted; entry pairs newly sharing a name ID 61, all Chinese
// places of two consonants or fewer, against 158 that no longer do;
// crosslingual dev unchanged. The pairs are Russian and Latin
// spellings, as for strings.NewReplacer, and apply as it would: left to
// right, at each position the first pair whose Russian spelling starts
// there (see Romanize).
var romanLetters = []string{
	"дж", "j", "чж", "zh", "цза", "za", "цзо", "zo", "цзу", "zu", "цзэ", "ze", "цзы", "zy", "цз", "j", "кс", "x", "гэ", "ga", "хэ", "ha", "гва", "gua",
	"а", "a", "б", "b", "в", "v", "г", "g", "д", "d", "е", "e", "ё", "o", "ж", "j", "з", "z", "и", "i",
	"й", "y", "к", "k", "л", "l", "м", "m", "н", "n", "о", "o", "п", "p", "р", "r", "с", "s", "т", "t",
	"у", "u", "ф", "f", "х", "h", "ц", "ts", "ч", "ch", "ш", "sh", "щ", "sh", "ъ", "", "ы", "y", "ь", "",
	"э", "e", "ю", "yu", "я", "ya"}

// romanLettersAt lists, for each letter of the Cyrillic block (U+0400 to
// U+04FF), the pairs of romanLetters whose Russian spelling starts with
// it, in their order: a word is romanized in a pass over it with a few
// comparisons a letter, where a strings.Replacer of these pairs walked a
// trie at every byte.
var romanLettersAt = func() (at [0x100][][2]string) {
	for i := 0; i+1 < len(romanLetters); i += 2 {
		r, _ := utf8.DecodeRuneInString(romanLetters[i])
		at[r-0x400] = append(at[r-0x400], [2]string{romanLetters[i], romanLetters[i+1]})
	}
	return at
}()

// Romanize spells folded Russian text in Latin letters the way English
// spells names, for comparing names across scripts (lang.Romanizer):
// тереза мэй → tereza mey, джон → jon. Letters of other scripts pass
// through.
func (Russian) Romanize(s string) string {
	var b strings.Builder
	b.Grow(len(s)) // no Latin spelling is longer than the Russian it stands for
	for i := 0; i < len(s); {
		r, n := lang.DecodeRune(s[i:])
		latin, matched := "", false
		if r >= 0x400 && r < 0x500 {
			for _, p := range romanLettersAt[r-0x400] {
				// A spelling as long as the letter is the letter itself
				// (the last pair of each list): no comparison.
				if len(p[0]) == n || strings.HasPrefix(s[i:], p[0]) {
					latin, n, matched = p[1], len(p[0]), true
					break
				}
			}
		}
		if matched {
			b.WriteString(latin)
		} else {
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// EnglishNameWord returns the English word for a folded word of a compass
// point, which Russian translates in a place's name where English keeps
// its own (Западная Вирджиния, West Virginia; Ноттингем Восток,
// Nottingham East), or "" (lang.NameWordTranslator).
func (Russian) EnglishNameWord(w string) string { return compassWord(w) }

// compassWord returns the English word for a folded Russian word of a
// compass point, in any case and gender (западной, восточного, юге, юго),
// or "".
func compassWord(w string) string {
	for _, c := range compassPoints {
		if w == c.noun || strings.HasPrefix(w, c.noun) && isCaseEnding(w[len(c.noun):]) ||
			strings.HasPrefix(w, c.adjective) && isAdjectiveEnding(w[len(c.adjective):]) {
			return c.en
		}
	}
	return ""
}

var compassPoints = []struct{ noun, adjective, en string }{
	{"север", "северн", "north"}, {"юг", "южн", "south"}, {"восток", "восточн", "east"}, {"запад", "западн", "west"},
}

// isCaseEnding reports whether s is a case ending of a masculine noun
// (восток: востока, востоку, востоком, востоке) or the o of a compound's
// first part (юго-восточная, северо-западный).
func isCaseEnding(s string) bool {
	switch s {
	case "а", "у", "ом", "е", "о":
		return true
	}
	return false
}

// isAdjectiveEnding reports whether s, what follows an adjective's stem,
// starts as an ending of a hard adjective does (западной, западная,
// западно-; not западня, a trap).
func isAdjectiveEnding(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return s != "" && strings.ContainsRune("ыаоуеи", r)
}
