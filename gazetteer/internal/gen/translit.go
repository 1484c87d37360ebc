package main

// Transliteration rules used by the generator. They are deliberately simple
// and are applied only where the output is checked or where no better
// source exists; a curated table (curated/people.tsv, curated/exonyms.tsv)
// overrides them for well-known names.
//
// turkishToRussian (for Turkish provinces and districts, following the usual
// Russian practice for Turkish names): c→дж, ç→ч, ş→ш, ğ→г (as in Агры, Мугла, Элазыг;
// Russian practice varies between vowels), ı→ы, ö→ё (ьо after a
// consonant in the middle is not attempted: ё is used), ü→ю, y+vowel→я/е/ю/ё,
// e at word start or after a vowel→э, other letters one to one.
//
// romanToRussian (for people, from the Factbook's English romanization):
// shch→щ, sh→ш, ch→ч, zh→ж, kh→х, ts→ц, yu→ю, ya→я, ye→е (э at word start
// is not used: Ye→Е), yo→ё, iy/yy/y at word end→ий (after i or y) or й,
// y between consonants→ы (Russian-origin names) else и, j→дж, w→у, x→кс,
// q→к, c→к (ц before e/i/y), ph→ф, th→т, ee→и, oo→у, e at word start→э,
// other letters one to one. It is reliable for names romanized from
// Russian, Ukrainian, Belarusian, Kazakh and similar (the reverse of the
// BGN/PCGN-style romanization the Factbook uses) and an approximation
// for English and other spellings, which curated/people.tsv corrects
// for the best-known people.
//
// romanToTurkish (only for people of post-Soviet countries, whose names
// reach Turkish through Russian): shch→şç, sh→ş, ch→ç, zh→j, kh→h, j→c,
// w→v, x→ks, yy/iy at word end→i, q→k. Pinyin, Arabic and Western names
// keep their English romanization in Turkish news and are not touched.

import (
	"golang.org/x/text/unicode/norm"
	"strings"
	"unicode"
	"unicode/utf8"
)

type rule struct{ from, to string }

// applyRules rewrites s word by word, trying longer rules first at each
// position; the first letter's case is kept.
func applyRules(s string, lower func(string) string, rules []rule, wordStart, wordEnd func(w string, i int) (string, int, bool)) string {
	var b strings.Builder
	for wi, w := range strings.Split(s, " ") {
		if wi > 0 {
			b.WriteByte(' ')
		}
		if romanRe.MatchString(w) { // regnal numbers: Charles III
			b.WriteString(w)
			continue
		}
		b.WriteString(applyWord(w, lower, rules, wordStart, wordEnd))
	}
	return b.String()
}

func applyWord(w string, lowerFn func(string) string, rules []rule, start, end func(string, int) (string, int, bool)) string {
	lower := lowerFn(w)
	upper := w != "" && unicode.IsUpper([]rune(w)[0])
	var b strings.Builder
	for i := 0; i < len(lower); {
		if start != nil {
			if out, n, ok := start(lower, i); ok {
				b.WriteString(out)
				i += n
				continue
			}
		}
		if end != nil {
			if out, n, ok := end(lower, i); ok {
				b.WriteString(out)
				i += n
				continue
			}
		}
		matched := false
		for _, r := range rules {
			if strings.HasPrefix(lower[i:], r.from) {
				b.WriteString(r.to)
				i += len(r.from)
				matched = true
				break
			}
		}
		if !matched {
			_, size := decodeRune(lower[i:])
			b.WriteString(lower[i : i+size])
			i += size
		}
	}
	out := b.String()
	if upper {
		r := []rune(out)
		if len(r) > 0 {
			r[0] = unicode.ToUpper(r[0])
		}
		out = string(r)
	}
	// after a hyphen, keep the source's case: Sassou-Nguesso, al-Sisi
	if i := strings.IndexByte(out, '-'); i >= 0 {
		r := []rune(out)
		src := strings.Split(w, "-")
		part := 0
		for j := 1; j < len(r); j++ {
			if r[j-1] == '-' {
				part++
				if part < len(src) && src[part] != "" && unicode.IsUpper([]rune(src[part])[0]) {
					r[j] = unicode.ToUpper(r[j])
				} else {
					r[j] = unicode.ToLower(r[j])
				}
			}
		}
		out = string(r)
	}
	return out
}

func decodeRune(s string) (rune, int) {
	for i, r := range s {
		if i == 0 {
			n := len(string(r))
			return r, n
		}
	}
	return 0, 1
}

func isVowel(c byte) bool { return strings.IndexByte("aeiouy", c) >= 0 }

var romanRuRules = []rule{
	{"shch", "щ"}, {"sch", "ш"}, {"sh", "ш"}, {"ch", "ч"}, {"zh", "ж"}, {"kh", "х"}, {"ts", "ц"},
	{"yu", "ю"}, {"ya", "я"}, {"ye", "е"}, {"yo", "ё"}, {"ph", "ф"}, {"th", "т"}, {"ee", "и"}, {"oo", "у"},
	{"ck", "к"}, {"ll", "лл"}, {"a", "а"}, {"b", "б"}, {"v", "в"}, {"g", "г"}, {"d", "д"}, {"e", "е"},
	{"z", "з"}, {"i", "и"}, {"k", "к"}, {"l", "л"}, {"m", "м"}, {"n", "н"}, {"o", "о"},
	{"p", "п"}, {"r", "р"}, {"s", "с"}, {"t", "т"}, {"u", "у"}, {"f", "ф"}, {"h", "х"},
	{"j", "дж"}, {"w", "у"}, {"x", "кс"}, {"q", "к"}, {"y", "й"}, {"'", ""}, {"’", ""},
}

// romanToRussian transliterates a romanized name into Cyrillic.
func romanToRussian(s string) string { return romanToRussianWith(s, romanRuRules) }

func romanToRussianWith(s string, rules []rule) string {
	special := func(w string, i int) (string, int, bool) {
		c := w[i]
		switch {
		case i == 0 && c == 'e':
			return "э", 1, true
		case c == 'c':
			if i+1 < len(w) && (w[i+1] == 'h' || w[i+1] == 'k' || w[i+1] == 'z') {
				return "", 0, false
			}
			if i+1 < len(w) && strings.IndexByte("eiy", w[i+1]) >= 0 {
				return "ц", 1, true
			}
			return "к", 1, true
		case (c == 'i' || c == 'y') && strings.HasSuffix(w[i:], "yy") && len(w[i:]) == 2:
			return "ий", 2, true
		case c == 'i' && w[i:] == "iy":
			return "ий", 2, true
		case c == 'y' && i == len(w)-1:
			if i > 0 && isVowel(w[i-1]) {
				return "й", 1, true
			}
			return "и", 1, true
		case c == 'y' && i+1 < len(w) && !isVowel(w[i+1]) && i > 0 && !isVowel(w[i-1]):
			return "ы", 1, true
		case c == 'y' && (i+1 >= len(w) || !isVowel(w[i+1])) && i > 0 && isVowel(w[i-1]):
			return "й", 1, true
		}
		return "", 0, false
	}
	return applyRules(foldLatin(s), strings.ToLower, rules, special, nil)
}

var romanTrRules = []rule{
	{"shch", "şç"}, {"sh", "ş"}, {"ch", "ç"}, {"zh", "j"}, {"kh", "h"}, {"j", "c"},
	{"w", "v"}, {"x", "ks"}, {"q", "k"},
}

// romanToTurkish rewrites a romanized Russian-origin name as Turkish news
// writes it: Mikhail Mishustin → Mihail Mişustin.
func romanToTurkish(s string) string {
	end := func(w string, i int) (string, int, bool) {
		if w[i:] == "yy" || w[i:] == "iy" {
			return "i", 2, true
		}
		return "", 0, false
	}
	return applyRules(s, strings.ToLower, romanTrRules, nil, end)
}

var turkishRuRules = []rule{
	{"ya", "я"}, {"ye", "е"}, {"yu", "ю"}, {"yü", "ю"}, {"yo", "ё"}, {"yö", "ё"},
	{"a", "а"}, {"b", "б"}, {"c", "дж"}, {"ç", "ч"}, {"d", "д"}, {"e", "е"}, {"f", "ф"},
	{"g", "г"}, {"ğ", "г"}, {"h", "х"}, {"ı", "ы"}, {"i", "и"}, {"î", "и"}, {"j", "ж"},
	{"k", "к"}, {"l", "л"}, {"m", "м"}, {"n", "н"}, {"o", "о"}, {"ö", "ё"}, {"p", "п"},
	{"r", "р"}, {"s", "с"}, {"ş", "ш"}, {"t", "т"}, {"u", "у"}, {"ü", "ю"}, {"û", "у"},
	{"v", "в"}, {"y", "й"}, {"z", "з"}, {"â", "а"}, {"'", ""},
}

// turkishToRussian transliterates a Turkish place name into Cyrillic.
func turkishToRussian(s string) string {
	start := func(w string, i int) (string, int, bool) {
		if strings.HasPrefix(w[i:], "e") && (i == 0 || strings.ContainsAny(w[i-1:i], "aeiou")) {
			return "э", 1, true
		}
		// y + vowel after a consonant is ь + iotated vowel: Antakya →
		// Антакья, Kütahya → Кютахья (not Антакя).
		if i > 0 && strings.HasPrefix(w[i:], "y") {
			if prev, _ := utf8.DecodeLastRuneInString(w[:i]); !strings.ContainsRune("aeıioöuüâîû", prev) {
				for _, r := range turkishRuRules[:6] {
					if strings.HasPrefix(w[i:], r.from) && r.from == "yo" {
						return "ьо", 2, true // Afyon → Афьон
					} else if strings.HasPrefix(w[i:], r.from) {
						return "ь" + r.to, len(r.from), true
					}
				}
			}
		}
		return "", 0, false
	}
	return applyRules(s, lowerTurkish, turkishRuRules, start, nil)
}

// cyrToLatin is a rough romanization used only to compare a Russian name
// with a Latin one.
var cyrLatin = strings.NewReplacer(
	"а", "a", "б", "b", "в", "v", "г", "g", "д", "d", "е", "e", "ё", "yo", "ж", "zh", "з", "z",
	"и", "i", "й", "y", "к", "k", "л", "l", "м", "m", "н", "n", "о", "o", "п", "p", "р", "r",
	"с", "s", "т", "t", "у", "u", "ф", "f", "х", "kh", "ц", "ts", "ч", "ch", "ш", "sh", "щ", "shch",
	"ъ", "", "ы", "y", "ь", "", "э", "e", "ю", "yu", "я", "ya", "і", "i", "ї", "yi", "є", "ye", "ґ", "g")

func cyrToLatin(s string) string { return cyrLatin.Replace(strings.ToLower(s)) }

// foldLatin removes diacritics from Latin letters (Turkish ı → i) and keeps
// case; letters it does not know are kept.
func foldLatin(s string) string {
	var b strings.Builder
	for _, r := range s {
		if f, ok := latinFold[r]; ok {
			b.WriteString(f)
		} else if d := []rune(norm.NFD.String(string(r))); len(d) > 1 && d[0] < 0x80 && unicode.Is(unicode.Latin, r) {
			b.WriteRune(d[0]) // transliteration letters: ḩ, ṭ, ẖ
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

var latinFold = map[rune]string{}

func init() {
	pairs := []string{
		"àáâãäåāăą", "a", "ÀÁÂÃÄÅĀĂĄ", "A", "çćĉċč", "c", "ÇĆĈĊČ", "C", "ďđ", "d", "ĎĐ", "D",
		"èéêëēĕėęě", "e", "ÈÉÊËĒĔĖĘĚ", "E", "ĝğġģ", "g", "ĜĞĠĢ", "G", "ĥħ", "h", "ĤĦ", "H",
		"ìíîïĩīĭįı", "i", "ÌÍÎÏĨĪĬĮİ", "I", "ĵ", "j", "Ĵ", "J", "ķ", "k", "Ķ", "K", "ĺļľŀł", "l", "ĹĻĽĿŁ", "L",
		"ñńņňŉ", "n", "ÑŃŅŇ", "N", "òóôõöøōŏő", "o", "ÒÓÔÕÖØŌŎŐ", "O", "ŕŗř", "r", "ŔŖŘ", "R",
		"śŝşšș", "s", "ŚŜŞŠȘ", "S", "ţťŧț", "t", "ŢŤŦȚ", "T", "ùúûüũūŭůűų", "u", "ÙÚÛÜŨŪŬŮŰŲ", "U",
		"ŵ", "w", "Ŵ", "W", "ýÿŷ", "y", "ÝŸŶ", "Y", "źżž", "z", "ŹŻŽ", "Z",
	}
	for i := 0; i < len(pairs); i += 2 {
		for _, r := range pairs[i] {
			latinFold[r] = pairs[i+1]
		}
	}
}

// foldKey is a comparison key: lower-cased, diacritics removed, only
// letters and digits kept.
func foldKey(s string) string {
	s = strings.ToLower(foldLatin(s))
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// slug makes an ASCII ID component: "Çankaya" → "cankaya".
func slug(s string) string {
	s = strings.ToLower(foldLatin(s))
	var b strings.Builder
	dash := false
	for _, r := range s {
		if r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

// levenshtein counts single-rune edits between a and b.
func levenshtein(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// isCyrillicName reports whether s is a capitalised name written in Cyrillic.
func isCyrillicName(s string) bool {
	r := []rune(s)
	if len(r) == 0 || !unicode.IsUpper(r[0]) {
		return false
	}
	for _, c := range r {
		if unicode.IsLetter(c) && !unicode.Is(unicode.Cyrillic, c) {
			return false
		}
	}
	return true
}

// soundsLike reports whether the Russian name ru plausibly transcribes one
// of the Latin names: at most one edit per five letters after romanizing.
// It rejects machine translations of the meaning (Van → Фургон).
func soundsLike(ru string, latin ...string) bool {
	if !isCyrillicName(ru) {
		return false
	}
	r := foldKey(cyrToLatin(ru))
	for _, l := range latin {
		k := foldKey(l)
		if k == "" {
			continue
		}
		tol := max(1, len([]rune(k))/5)
		if levenshtein(r, k) <= tol || levenshtein(r, foldKey(turkishSounds(l))) <= tol {
			return true
		}
	}
	return false
}

// turkishSounds spells Turkish letters as the romanization of their
// Russian transcription would (c → dzh, ç → ch, ş → sh), for soundsLike.
var turkishSoundsR = strings.NewReplacer("c", "dzh", "ç", "ch", "ş", "sh", "ı", "y", "ğ", "", "ö", "yo", "ü", "yu",
	"C", "Dzh", "Ç", "Ch", "Ş", "Sh", "I", "Y", "Ö", "Yo", "Ü", "Yu")

func turkishSounds(s string) string { return turkishSoundsR.Replace(s) }

func lowerTurkish(s string) string { return strings.ToLowerSpecial(unicode.TurkishCase, s) }
