package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode"
)

// palladiusName transcribes a pinyin place name into Russian by the
// Palladius system (Dongguan Дунгуань, Xining Синин, Zhengzhou Чжэнчжоу),
// which Russian writes for Chinese places instead of a letter-by-letter
// transcription. ok is false unless the name is one word that splits into
// valid pinyin syllables in exactly one way, so that a Wade–Giles
// (Hsinchu, Taichung) or Cantonese (Kwai Tsing) name, or any other word
// that only looks like pinyin, is left alone.
//
// Pinyin spelling fixes the syllable boundaries: a syllable without an
// initial (an, e, ou ...) begins a word or follows an apostrophe, so
// Xining is xi-ning, not xin-ing, and Xi'an is xi-an (Сиань) where Xian is
// one syllable (Сянь). Beyond the syllable table (pinyinSyllable: final -n
// is нь, -ng н; hui хуэй), a syllable ending in -ng before a vowel is
// closed by ъ (Chang'an Чанъань, Pingyao Пинъяо); one ending in -n keeps
// its ь, which separates it already (Yan'an Яньань).
//
// A name of more words is left alone. Russian writes a pinyin name as one
// word (Шицзячжуан) and hyphenates only names from other languages
// (Хулун-Буир), and the English names of more words in the sources are
// Cantonese (Wan Chai, Russian Ваньчай, not Вань-Чай) or carry a generic
// word (Linxia Chengguanzhen, "county-seat town"; Zhumadian Shi, "city";
// Jingxing Mining), which a hyphenated transcription would keep.
func palladiusName(name string) (string, bool) {
	name = strings.TrimSuffix(name, " City") // Changshu City: English, not part of the name
	name = umlautU.Replace(name)
	if strings.ContainsAny(name, " -") {
		return "", false
	}
	var b strings.Builder
	for _, piece := range strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return r == '\'' || r == '’' }) {
		syls := pinyinParses(piece)
		if len(syls) != 1 {
			return "", false
		}
		for _, s := range syls[0] {
			r, _ := pinyinSyllable(s)
			if strings.HasSuffix(b.String(), "н") && startsWithVowel(r) {
				b.WriteString("ъ")
			}
			b.WriteString(r)
		}
	}
	if b.Len() == 0 {
		return "", false
	}
	r := []rune(b.String())
	r[0] = unicode.ToUpper(r[0])
	return string(r), true
}

// umlautU spells pinyin's ü as v, as pinyinSyllable takes it (Lüliang
// Люйлян); after j, q, x and y pinyin writes u for it already.
var umlautU = strings.NewReplacer("üe", "ue", "Üe", "Ue", "ü", "v", "Ü", "V")

func startsWithVowel(s string) bool {
	return s != "" && strings.ContainsRune("аоуэыияеюё", []rune(s)[0])
}

// pinyinParses returns every split of one apostrophe-free piece of a word
// into valid pinyin syllables (at most three: more means it is no pinyin
// the caller can trust).
func pinyinParses(piece string) [][]string {
	var out [][]string
	var walk func(i int, acc []string)
	walk = func(i int, acc []string) {
		if len(out) > 2 {
			return
		}
		if i == len(piece) {
			out = append(out, append([]string(nil), acc...))
			return
		}
		for n := min(6, len(piece)-i); n > 0; n-- {
			s := piece[i : i+n]
			if i > 0 && strings.IndexByte("aeiouv", s[0]) >= 0 {
				continue // a zero-initial syllable only begins a piece
			}
			if validPinyin(s) {
				walk(i+n, append(acc, s))
			}
		}
	}
	walk(0, nil)
	return out
}

// validPinyin reports whether s is a syllable of Mandarin pinyin:
// pinyinSyllable maps any initial with any final, and the combinations
// Mandarin lacks (tin, gi, jan, bua) are what tell a non-pinyin word.
func validPinyin(s string) bool {
	if _, ok := pinyinSyllable(s); !ok {
		return false
	}
	switch s {
	case "yi", "you", "yu", "wu", "zi", "ci", "si", "zhi", "chi", "shi", "ri":
		return true
	}
	ini := ""
	for _, in := range []string{"zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s", "y", "w"} {
		if strings.HasPrefix(s, in) {
			ini = in
			break
		}
	}
	fin := s[len(ini):]
	iFinal := strings.HasPrefix(fin, "i") && fin != "i"
	switch ini {
	case "y", "w":
		return true // pinyinSyllable's tables for y and w list the valid ones only
	case "":
		return map[string]bool{"a": true, "o": true, "e": true, "ai": true, "ei": true, "ao": true, "ou": true,
			"an": true, "en": true, "ang": true, "eng": true, "er": true}[fin]
	case "j", "q", "x":
		return fin == "i" || iFinal || fin == "u" || fin == "ue" || fin == "uan" || fin == "un"
	}
	if fin == "er" || fin == "v" && ini != "n" && ini != "l" || fin == "i" && ini != "b" && ini != "p" && ini != "m" && ini != "d" && ini != "t" && ini != "n" && ini != "l" {
		return false
	}
	switch ini {
	case "zh", "ch", "sh", "r", "z", "c", "s", "g", "k", "h":
		return !iFinal && fin != "ue" && fin != "o"
	case "b", "p", "m", "f":
		ok := map[string]bool{"a": true, "o": true, "ai": true, "ei": true, "ao": true, "ou": true, "an": true,
			"en": true, "ang": true, "eng": true, "u": true}[fin]
		if ini != "f" {
			ok = ok || map[string]bool{"i": true, "ie": true, "iao": true, "ian": true, "in": true, "ing": true}[fin]
		}
		return ok || ini == "m" && (fin == "iu" || fin == "e")
	case "d", "t":
		return !map[string]bool{"in": true, "ia": true, "iang": true, "iong": true, "ue": true, "o": true,
			"ua": true, "uai": true, "uang": true}[fin]
	}
	return !map[string]bool{"o": true, "iong": true, "ua": true, "uai": true, "uang": true, "ui": true}[fin] // n, l
}

// palladiusCountries are the countries whose places have pinyin names.
// Taiwan and Hong Kong mostly write Wade–Giles or Cantonese, which
// palladiusName turns down (Hsinchu, Kwai Tsing), but some of their names
// are pinyin (Banqiao Баньцяо).
var palladiusCountries = []string{"CN", "TW", "HK", "MO"}

// addPalladiusNames gives a Chinese city or region without a Russian name
// the Palladius transcription of its English name, so that the Russian
// mention links to the entry (Guizhou Гуйчжоу, Xining Синин) instead of
// getting a name key of its own. A transcription that is also a Russian
// given name, a generic word or a listed collision (curated/
// ru_collisions.tsv: Ван, Чан, Хан) is not added, and one that another
// entry's Russian name shares goes to dropSoundRuCollisions (soundRu).
func addPalladiusNames(g *gazetteer, countries map[string]*country, log io.Writer) error {
	bad, err := loadRuCollisions()
	if err != nil {
		return err
	}
	in := map[string]bool{}
	for _, cc := range palladiusCountries {
		if c := countries[cc]; c != nil {
			in[c.entry.id] = true
		}
	}
	ids := make([]string, 0, len(g.byID))
	for id, e := range g.byID {
		if e.typ == "LOCATION" && e.subtype != "country" && in[e.attrs["country"]] && len(e.names["ru"]) == 0 {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	for _, id := range ids {
		e := g.byID[id]
		for _, en := range e.names["en"] {
			ru, ok := palladiusName(en)
			if !ok {
				continue
			}
			if k := ruKey(ru); ruGivenNames[k] || ruGenericWords[k] || bad[ru] {
				fmt.Fprintf(log, "palladius %s %s → %s: a Russian word or name, not added\n", id, en, ru)
				continue
			}
			e.addName("ru", ru)
			soundRu[ru] = true
			fmt.Fprintf(log, "palladius %s %s → %s\n", id, en, ru)
		}
	}
	return nil
}
