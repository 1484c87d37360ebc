package main

import "strings"

// Chinese names: the Factbook writes them in pinyin (XI Jinping). Russian
// uses the Palladius system (Си Цзиньпин, Ли Цян), not a letter-by-letter
// transcription: each word is split into pinyin syllables (longest
// first), and each syllable's initial and final map to Cyrillic.

var pinyinInitials = []struct{ py, ru string }{
	{"zh", "чж"}, {"ch", "ч"}, {"sh", "ш"}, {"b", "б"}, {"p", "п"}, {"m", "м"}, {"f", "ф"}, {"d", "д"},
	{"t", "т"}, {"n", "н"}, {"l", "л"}, {"g", "г"}, {"k", "к"}, {"h", "х"}, {"j", "цз"}, {"q", "ц"},
	{"x", "с"}, {"r", "ж"}, {"z", "цз"}, {"c", "ц"}, {"s", "с"}, {"y", ""}, {"w", ""}, {"", ""},
}

var pinyinFinals = map[string]string{
	"a": "а", "o": "о", "e": "э", "ai": "ай", "ei": "эй", "ao": "ао", "ou": "оу", "an": "ань", "en": "энь",
	"ang": "ан", "eng": "эн", "ong": "ун", "er": "эр", "i": "и", "ia": "я", "ie": "е", "iao": "яо",
	"iu": "ю", "ian": "янь", "in": "инь", "iang": "ян", "ing": "ин", "iong": "юн", "u": "у", "ua": "уа",
	"uo": "о", "uai": "уай", "ui": "уй", "uan": "уань", "un": "унь", "uang": "уан", "ue": "юэ", "v": "юй",
}

// pinyinSyllable converts one syllable; ok is false for non-pinyin.
func pinyinSyllable(s string) (string, bool) {
	switch s { // zero initial with y/w, and the buzzed i after sibilants
	case "yi":
		return "и", true
	case "you":
		return "ю", true
	case "yu":
		return "юй", true
	case "wu":
		return "у", true
	case "hui": // хуэй, not хуй, after h alone (гуй, куй, шуй)
		return "хуэй", true
	case "zi":
		return "цзы", true
	case "ci":
		return "цы", true
	case "si":
		return "сы", true
	case "zhi", "chi", "shi", "ri":
		return map[string]string{"zhi": "чжи", "chi": "чи", "shi": "ши", "ri": "жи"}[s], true
	}
	for _, in := range pinyinInitials {
		if !strings.HasPrefix(s, in.py) {
			continue
		}
		fin := s[len(in.py):]
		switch in.py {
		case "y":
			if r, ok := map[string]string{"a": "я", "e": "е", "ao": "яо", "an": "янь", "in": "инь", "ang": "ян",
				"ing": "ин", "ong": "юн", "ue": "юэ", "uan": "юань", "un": "юнь"}[fin]; ok {
				return r, true
			}
			return "", false
		case "w":
			if r, ok := map[string]string{"a": "ва", "o": "во", "ai": "вай", "ei": "вэй", "an": "вань", "en": "вэнь",
				"ang": "ван", "eng": "вэн"}[fin]; ok {
				return r, true
			}
			return "", false
		case "j", "q", "x": // u after them is ü
			switch fin {
			case "u":
				return in.ru + "юй", true
			case "uan":
				return in.ru + "юань", true
			case "un":
				return in.ru + "юнь", true
			}
		}
		if r, ok := pinyinFinals[fin]; ok && fin != "" {
			return in.ru + r, true
		}
	}
	return "", false
}

// pinyinToRussian transcribes a pinyin name; words that are not pinyin
// fall back to romanToRussian.
func pinyinToRussian(name string) string {
	var out []string
	for _, w := range strings.Fields(name) {
		lw := strings.ToLower(strings.ReplaceAll(w, "-", ""))
		var b strings.Builder
		ok := true
		for i := 0; i < len(lw) && ok; {
			ok = false
			for n := min(6, len(lw)-i); n > 0; n-- {
				if r, good := pinyinSyllable(lw[i : i+n]); good {
					b.WriteString(r)
					i += n
					ok = true
					break
				}
			}
		}
		if !ok || b.Len() == 0 {
			out = append(out, romanToRussian(w))
			continue
		}
		r := []rune(b.String())
		r[0] = []rune(strings.ToUpper(string(r[0])))[0]
		out = append(out, string(r))
	}
	return strings.Join(out, " ")
}
