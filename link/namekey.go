package link

import (
	"slices"
	"strings"

	"github.com/varlik/varlik/lang"
)

// nameKey returns a key for a name that the gazetteer does not know, the
// same for the name as Turkish and English write it and as Russian
// transliterates it (Theresa May, Тереза Мэй → trs-m; as an ID, m-trs), so that such an
// entity gets one ID across documents and languages. It is a consonant
// skeleton of the name's Latin spelling: other scripts romanized by their
// language (lang.NameRomanizer, else lang.Romanizer: how the language writes a foreign name's sounds, Russian's г, ц and х, is its own), marks dropped, spelling variants that transliteration introduces merged (th →
// t, ph → f, w → v, c/q → k, z → s, дж/j → j, an initial h → g, ç/č/ć as ч → k, a g before a
// final i hard: see hardFinalG; a final ng as n: see finalNG, and in pinyin an ng before a consonant: see pinyinNG; ž, ř, ț, ł, ð, þ and đ as the ж, рж or рш, ц, л, д, т and дж Russian writes, ø and æ as vowels, ß as ss: see appendLetterSound), vowels dropped, doubled
// consonants collapsed, and a word of at most two consonants that starts
// with a vowel marked so (Ayr, Эр → ar; Ri, Ри → r: see vowelMark). For a language whose names inflect, each word is
// first reduced to its stem where the language knows it (lang.NameStemmer:
// Хемфиллом → хемфилл), and in a name not a person's a borrowed adjective
// to the word English writes (lang.LoanAdjectives: Центрального → централь,
// Central; crosslingual dev 732 → 733, Central Park, none parted).
//
// Two different names can share a key (it is a name's sound, not its
// identity); the key is used only where no gazetteer entry decides.
func nameKey(words []string, l lang.Language) string {
	return string(appendNameKey(make([]byte, 0, 32), keyWords(words, l, true), l, '-', true))
}

// nameID returns the ID of a name the gazetteer does not know: "name:"
// and its words' keys in sorted order (see sortedParts), a name of vowels
// alone keyed by its spelling (see appendVowelName), or "" when the key is
// empty. A place's or an organization's words that acronyms skip
// are left out and its heads are keyed in their stems (see idWords). A
// person's words are not translated (lang.NameWordTranslator): a word a
// place's name translates is a given name or a surname too (Doğu Akın,
// Yılmaz Güney), which other languages spell, not translate.
//
// A person's ID keys all the words of the name, so a lone surname's
// (Flake, name:flk) is not its full name's (Jeff Flake, name:flk-jf):
// across documents, nothing tells which Flake a lone surname is. Keying
// a person by the surname alone (its last word, as tried) would give the two one ID where one
// translation writes the given name and another does not (NTREX dev with
// gold mentions 949 → 960 of 1,038: May and Тереза Мэй, Zinke and Ryan
// Zinke), but it merges every pair of namesakes (Boris and Dustin
// Johnson, Evo Morales and Alfredo Morelos): pairs of different English
// gold names of the dev split sharing a name ID 9 → 62, and pairs of one
// document's aligned entities 0 → 2 in each language (branch xl3).
func nameID(words []string, l lang.Language, person bool) string {
	const prefix = "name:"
	if person {
		words = keyWords(words, l, false)
	} else {
		words = idWords(words, l)
	}
	b := appendNameKey(append(make([]byte, 0, 40), prefix...), words, l, '-', !person)
	if len(b) == len(prefix) {
		b = appendVowelName(b, words, l)
	}
	if len(b) == len(prefix) {
		return ""
	}
	return sortedParts(prefix, b[len(prefix):])
}

// appendVowelName appends the spellings (see spelling) of the words of a
// name (as keyWords returns them) that has no consonant to key, joined by hyphens: Ye, Йе → ie. Such a
// name (Kanye West's Ye, Ai, Io) otherwise got a document-local ID, one per
// document and language, where its spelling survives transliteration as a
// skeleton does (й and y both spelt i). A part of vowels never equals a
// skeleton's, which holds consonants. Names of consonants are keyed as
// before. Crosslingual dev with gold mentions 896 → 899, -doc 10 881 →
// 884 (Ye, Йе, three times); end to end unchanged (the English model
// finds no Ye there).
func appendVowelName(dst []byte, words []string, l lang.Language) []byte {
	start := len(dst)
	for _, w := range words {
		sp := spelling(romanizeWord(w, l, false))
		if sp == "" {
			continue
		}
		if len(dst) > start {
			dst = append(dst, '-')
		}
		dst = append(dst, sp...)
	}
	return dst
}

// keyWords returns the words of a name as its key counts them: split at
// hyphens (see nameWords), but, where translate is true, not those of a
// compound that translates whole (see compoundWords: Юго-Восточная Азия
// has two words, as Southeast Asia has). Computed once a name and handed
// on, to the key, its word count and its spelling alike.
func keyWords(words []string, l lang.Language, translate bool) []string {
	if translate {
		words = compoundWords(words, l)
	}
	return nameWords(words)
}

// appendNameKey appends nameKey to dst for words as keyWords(words, l,
// translate) returns them, joined by sep (none when sep is 0), translated
// where the language translates them and borrowed adjectives stemmed
// (lang.LoanAdjectives) only when translate is true.
func appendNameKey(dst []byte, words []string, l lang.Language, sep byte, translate bool) []byte {
	stemmer, _ := l.(lang.NameStemmer)
	adjectives, _ := l.(lang.LoanAdjectives)
	if !translate {
		adjectives = nil
	}
	start := len(dst)
	// A person's name one of whose words is spelt with a Turkish letter
	// is a Turkish or an Azerbaijani name, or a name Turkish transcribes,
	// in all its words (Recep Tayyip Erdoğan, Реджеп Тайип Эрдоган; Sadır
	// Caparov, Садыр Джапаров): each keys its c as j (see turkishC). Not
	// an organization's or a place's, whose words mix languages (Coca-Cola
	// İçecek). Of the 9,269 gazetteer entries with English and Russian
	// names, those whose name IDs agree 7,727 → 7,855, none parted;
	// crosslingual dev unchanged. Spreading from ğ and ı alone would spare
	// the German, French and Romanian names whose ö, ü, ç or ş marks them
	// (Niclas Füllkrug, Никлас; François Clerc, Клерк) but part 73 Turkish
	// names that the gazetteer's members of parliament hold (7,866 →
	// 7,793): in news that names Turkish people far more often, they win.
	turkishName := !translate && slices.ContainsFunc(words, turkishSpelling)
	for i, w := range words {
		pinyin := false
		if p := saintWord(words, i, l); translate && p != "" {
			w = p
		} else {
			if stemmer != nil {
				w = stemmer.NameStem(w)
			}
			if adjectives != nil {
				w = adjectives.LoanAdjectiveStem(w)
			}
			// A word of pinyin keys its ng before a consonant as the
			// н Russian writes (see pinyinNG: Jiangshan, Цзяншань;
			// Zhou Yongkang, Чжоу Юнкан), and its j, which opens a
			// syllable (Heilongjiang), is no glide. Not a word the
			// language translates or romanizes (Kongresi, Congress).
			if pinyin = strings.Contains(w, "ng") && isPinyinWord(w); !pinyin {
				w = glideJ(w)
			}
			if r := romanizeWord(w, l, translate && len(words) > 1); r != w {
				w, pinyin = r, false
			}
		}
		mark := len(dst)
		if mark > start && sep != 0 {
			dst = append(dst, sep)
		}
		part := len(dst)
		var vowelFirst bool
		if dst, vowelFirst = appendSkeleton(dst, w, turkishName, pinyin); len(dst) == part {
			dst = dst[:mark] // a word with no consonant leaves no part
		} else if sep != 0 && vowelFirst && len(dst)-part <= maxMarkedPart {
			dst = append(dst, 0)
			copy(dst[part+1:], dst[part:])
			dst[part] = vowelMark
		}
	}
	return dst
}

// A word of a name ID whose skeleton has at most maxMarkedPart consonants
// and whose spelling starts with a vowel starts its part with vowelMark,
// a letter no skeleton holds (Ayr, Эр → ar; Ri, Ри → r): so short a
// skeleton is shared by many names, and whether a name starts with a
// vowel survives transliteration (Aguero, Агуэро; Geiger, Гейгер), since
// Russian writes an initial English w as у before a vowel, keyed as a v,
// and an initial h as г or х, keyed as a g (see appendSpelling), and a y
// as й or as the й of е, ё, ю, я, all keyed as vowels. Longer skeletons
// are left as they are: they tell names apart already, and their IDs stay
// what they were. Crosslingual dev 737 unchanged; dev mentions no longer
// sharing an ID with another's name: 38 pairs, all wrong (Aguero and
// Geiger, Гейгер; Ayr and Ri, Ри; Омахе and May; Ачехе and Kai; Эйвон
// and Wayne; Essie and SCIS), none newly sharing one.
const (
	maxMarkedPart = 2
	vowelMark     = 'a'
)

// saintWord returns the pivot of words[i] where it is a word for "saint"
// in l's language (lang.SaintWords) that another word of the name
// follows, the saint's name, else "": one pivot in every language (St.
// Martin, Св. Мартина, Сен-Мартен; St. Louis, Сент-Луис; Saint
// Petersburg, Sankt Peterburg, Санкт-Петербург; São Paulo, Сан-Паулу),
// where each spelt the word its own way and keyed the name apart. Not a
// name's last word: an English St. there is a street's (Oxford St). A
// place's or an organization's name only: a person's words are spelt, not
// translated. Of the 9,269 gazetteer entries with English and Russian
// names, those whose name IDs agree 7,604 → 7,615, none parted (English
// names of one key: St. and Saint Petersburg, St Helier and Saint Helier,
// São Miguel and San Miguel); crosslingual dev unchanged: NTREX's Св.
// Мартина now keys as St. Martin, whose English and Turkish names are the
// gazetteer's, which the Russian name reaches no entry of (its Сен-Мартен
// is spelt otherwise).
func saintWord(words []string, i int, l lang.Language) string {
	s, ok := l.(lang.SaintWords)
	if !ok || i+1 >= len(words) {
		return ""
	}
	return s.SaintWord(words[i])
}

// romanizeWord spells a word of a name in Latin letters where its
// language is written in another script (lang.NameRomanizer, else
// lang.Romanizer), or, in a name of
// more than one word, as the English word it translates
// (lang.NameWordTranslator).
func romanizeWord(w string, l lang.Language, inLongerName bool) string {
	if t, ok := l.(lang.NameWordTranslator); ok && inLongerName {
		if en := t.EnglishNameWord(w); en != "" {
			return en
		}
	}
	if r, ok := l.(lang.NameRomanizer); ok {
		return r.RomanizeName(w)
	}
	if r, ok := l.(lang.Romanizer); ok {
		return r.Romanize(w)
	}
	return w
}

// compoundWords returns words with each hyphenated word whose parts all
// translate (lang.NameWordTranslator) written as the one English word the
// parts make, in a name of more than one word: Russian writes a compound
// compass point with a hyphen (Юго-Восточная Азия, Северо-Западные
// территории) where English and Turkish write one word (Southeast Asia,
// Güneydoğu Asya; Northwest Territories), and nameWords would key its
// parts apart. words itself when none is such a word. Of the 9,269
// gazetteer entries with English and Russian names, those whose name IDs
// agree 7,855 → 7,857 (Southeast Asia, Southeastern Anatolia), none
// parted; crosslingual dev unchanged.
func compoundWords(words []string, l lang.Language) []string {
	t, ok := l.(lang.NameWordTranslator)
	if !ok || len(words) < 2 {
		return words
	}
	var out []string // nil until a word is replaced
	for i, w := range words {
		if strings.Contains(w, "-") {
			var en strings.Builder
			parts := 0
			for p := range strings.SplitSeq(w, "-") {
				if p == "" {
					continue
				}
				e := t.EnglishNameWord(p)
				if e == "" {
					en.Reset()
					break
				}
				en.WriteString(e)
				parts++
			}
			if en.Len() > 0 && parts > 1 {
				if out == nil {
					out = append(make([]string, 0, len(words)), words[:i]...)
				}
				out = append(out, en.String())
				continue
			}
		}
		if out != nil {
			out = append(out, w)
		}
	}
	if out == nil {
		return words
	}
	return out
}

// nameWords splits words at hyphens, which one language writes where
// another leaves a space (Лас-Вегас, Las Vegas).
func nameWords(words []string) []string {
	for _, w := range words {
		if strings.Contains(w, "-") {
			var out []string
			for _, w := range words {
				out = append(out, strings.FieldsFunc(w, func(r rune) bool { return r == '-' })...)
			}
			return out
		}
	}
	return words
}
