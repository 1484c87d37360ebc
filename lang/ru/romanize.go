package ru

import "strings"

// romanLetters transliterates Russian letters the way English spells
// names (Джон → john, Уэст → uest).
var romanLetters = strings.NewReplacer(append(wBetweenVowels(),
	"дж", "j", "кс", "x",
	"а", "a", "б", "b", "в", "v", "г", "g", "д", "d", "е", "e", "ё", "o", "ж", "j", "з", "z", "и", "i",
	"й", "y", "к", "k", "л", "l", "м", "m", "н", "n", "о", "o", "п", "p", "р", "r", "с", "s", "т", "t",
	"у", "u", "ф", "f", "х", "h", "ц", "ts", "ч", "ch", "ш", "sh", "щ", "sh", "ъ", "", "ы", "y", "ь", "",
	"э", "e", "ю", "yu", "я", "ya")...)

// wBetweenVowels spells у as w where it stands for an English w between
// vowels (Роуэн → rowen, Пауэлл → pawell, Мерриуэзер → merriwezer).
func wBetweenVowels() []string {
	vowels := [][2]string{{"а", "a"}, {"о", "o"}, {"и", "i"}, {"е", "e"}, {"э", "e"}}
	var pairs []string
	for _, v := range vowels {
		for _, next := range vowels {
			if next[0] != "о" && next[0] != "е" {
				pairs = append(pairs, v[0]+"у"+next[0], v[1]+"w"+next[1])
			}
		}
	}
	return pairs
}

// Romanize spells folded Russian text in Latin letters the way English
// spells names, for comparing names across scripts (lang.Romanizer):
// тереза мэй → tereza mey, джон → jon. Letters of other scripts pass
// through.
func (Russian) Romanize(s string) string { return romanLetters.Replace(s) }
