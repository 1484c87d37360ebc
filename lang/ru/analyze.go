package ru

import (
	"strings"
	"unicode/utf8"

	"github.com/varlik/varlik/lang"
)

// ending is one inflectional ending and the nominative endings it may
// replace, each with the case it usually marks. An entry reads: a word
// ending in End may be the form of Case of a nominative ending in one of Nom.
type ending struct {
	End  string
	Nom  []string
	Case string
}

// endings covers the nominal paradigms that names in news take: hard and
// soft masculine nouns and surnames (Мишустин, Китай, Цян), feminine -а/-я/-ия
// (Москва, Россия), neuter -о/-е/-ие, and adjectives in names
// (Российская Федерация, Государственная дума). Plural forms are limited to
// the genitive, dative, instrumental and prepositional (Штатов, Штатах).
// The table is ordered longest ending first (among the endings of one last
// letter, which is how it is searched); every matching ending
// contributes, so an ambiguous form yields several candidates.
var endings = []ending{
	// A noun in -ец drops its е before an ending (дворец, дворца,
	// дворцом; Вестминстерский дворец): the forms with a vowel after the
	// ц give the stem back its е.
	{"цами", []string{"ец"}, "Ins"},
	{"цом", []string{"ец"}, "Ins"},
	{"цов", []string{"ец"}, "GenPl"},
	{"цах", []string{"ец"}, "LocPl"},
	{"цам", []string{"ец"}, "DatPl"},
	{"ца", []string{"ец"}, "Gen"},
	{"цу", []string{"ец"}, "Dat"},
	{"це", []string{"ец"}, "Loc"},
	{"цы", []string{"ец"}, "NomPl"},
	{"ями", []string{"я", "ь"}, "Ins"},
	{"ами", []string{"", "а"}, "Ins"},
	{"ого", []string{"ый", "ой", "ий"}, "Gen"},
	{"его", []string{"ий", "ее"}, "Gen"},
	{"ому", []string{"ый", "ой", "ий"}, "Dat"},
	{"ему", []string{"ий", "ее"}, "Dat"},
	{"ией", []string{"ия"}, "Ins"},
	{"ием", []string{"ие", "ий"}, "Ins"},
	{"ию", []string{"ия", "ие"}, "Acc"},
	{"ии", []string{"ия", "ие", "ий"}, "Gen"},
	{"ым", []string{"", "ый"}, "Ins"},
	{"им", []string{"ий", "ь"}, "Ins"},
	{"ой", []string{"ая", "а", "ый", "ой"}, "Ins"},
	{"ою", []string{"а", "ая"}, "Ins"},
	{"ей", []string{"я", "яя", "ь"}, "Ins"},
	{"ую", []string{"ая"}, "Acc"},
	{"юю", []string{"яя"}, "Acc"},
	{"ом", []string{"", "о", "ый", "ий", "ой"}, "Ins"}, // -ий, -ой: an adjective's locative too (Вестминстерском, Большом)
	{"ем", []string{"й", "ь", "е", "ий"}, "Ins"},
	{"ём", []string{"ь", "й"}, "Ins"},
	{"ью", []string{"ь"}, "Ins"},          // a feminine noun in -ь (Беларусью, областью)
	{"ий", []string{"ия", "ие"}, "GenPl"}, // наций → нация
	{"ов", []string{""}, "GenPl"},
	{"ев", []string{"й", "ь"}, "GenPl"},
	{"ах", []string{"", "а"}, "LocPl"},
	{"ях", []string{"я", "ь"}, "LocPl"},
	{"ам", []string{"", "а"}, "DatPl"},
	{"ям", []string{"я", "ь"}, "DatPl"},
	{"ые", []string{"ый"}, "NomPl"},
	{"ых", []string{"ый", ""}, "GenPl"},
	{"ая", []string{"ый"}, "Nom"}, // feminine adjective → masculine citation form
	{"ы", []string{"а", ""}, "Gen"},
	{"и", []string{"я", "а", "ь", ""}, "Gen"},
	{"е", []string{"а", "", "я", "й", "о", "ь"}, "Loc"},
	{"у", []string{"", "а", "о"}, "Dat"},
	{"ю", []string{"я", "й", "ь"}, "Dat"},
	{"а", []string{"", "о"}, "Gen"},
	{"я", []string{"й", "ь", "е"}, "Gen"},
}

// firstEndingRune and endingsByLast index the endings by their last
// letter, from а to џ (U+0430–U+045F), in table order: most words end in
// a letter that few endings end in.
const firstEndingRune = 'а'

var endingsByLast = func() (idx [0x30][]int8) {
	for i, e := range endings {
		r, _ := utf8.DecodeLastRuneInString(e.End)
		idx[r-firstEndingRune] = append(idx[r-firstEndingRune], int8(i))
	}
	return idx
}()

// endingSuffixes holds []string{End} of each ending, the Suffixes of its
// analyses, made once rather than for every analysis.
var endingSuffixes = func() [][]string {
	s := make([][]string, len(endings))
	for i, e := range endings {
		s[i] = []string{e.End}
	}
	return s
}()

// minStemRunes is the least number of runes left after removing an ending:
// shorter remainders (о-н from он) are not names.
const minStemRunes = 2

// maxAnalyses bounds the candidates for one word.
const maxAnalyses = 12

// Analyze returns candidate nominative stems of a folded Russian word
// (Token.Norm: lower case, ё→е): the word itself first, then, for every
// ending in the table that the word ends in, the word with that ending
// replaced by each nominative ending it may come from. The candidates are
// guesses for dictionary lookup, not a full morphological analysis:
// России → россия, Мишустиным → мишустин, Цяном → цян, Китаю → китай,
// Москвы → москва. Indeclinable words (ООН, БРИКС) end in no listed ending
// or stay first. Words without Cyrillic letters are returned as they are.
// The slices are shared (see memoAnalyses): callers must not modify them.
func (Russian) Analyze(word string) []lang.Analysis {
	return memoAnalyses(word, analyze)
}

func analyze(word string) []lang.Analysis {
	if !hasCyrillic(word) {
		return []lang.Analysis{{Stem: word, Case: "Nom"}}
	}
	// Analyze runs for most words of a Russian text (gazetteer matching,
	// linking): the stems are found without building them and then
	// written into one string. A stem with no nominative ending (мишустин
	// of мишустиным) is a prefix of word, and is that prefix, as word
	// itself is the first stem: on Russian news this left a quarter of
	// the stems' bytes, and many words all of them, unallocated.
	var buf [maxAnalyses - 1]stemParts
	stems := appendStems(buf[:0], word)
	out := make([]lang.Analysis, 1, 1+len(stems))
	out[0] = lang.Analysis{Stem: word, Case: "Nom"}
	n := 0
	for _, p := range stems {
		if p.Ending != "" {
			n += len(p.Base) + len(p.Ending)
		}
	}
	var b strings.Builder
	b.Grow(n)
	for _, p := range stems {
		if p.Ending != "" {
			b.WriteString(p.Base)
			b.WriteString(p.Ending)
		}
	}
	all := b.String()
	for _, p := range stems {
		stem := p.Base // a prefix of word
		if p.Ending != "" {
			stem, all = all[:len(p.Base)+len(p.Ending)], all[len(p.Base)+len(p.Ending):]
		}
		out = append(out, lang.Analysis{Stem: stem, Suffixes: endingSuffixes[p.ending], Case: endings[p.ending].Case})
	}
	return out
}

// AppendStemParts appends to dst the stems that Analyze(word) returns
// after word itself, in its order, as parts (gazetteer.StemSplitter): the
// gazetteer hashes them without building them.
func (Russian) AppendStemParts(dst []lang.StemParts, word string) []lang.StemParts {
	if !hasCyrillic(word) {
		return dst
	}
	return appendMemoStems(dst, word)
}

// stemParts is a candidate stem: word without endings[ending].End, and
// the nominative ending that replaces it, endings[ending].Nom[nom].
type stemParts struct {
	lang.StemParts
	ending int
	nom    int
}

// appendStems appends to dst the stems of word, which has Cyrillic
// letters, that Analyze returns after word itself, in its order: for each
// ending of the table that word ends in, each of its nominative endings,
// unless the stem is implausible or repeats word or an earlier stem; at
// most maxAnalyses-1 of them.
func appendStems(dst []stemParts, word string) []stemParts {
	last, _ := lang.DecodeLastRune(word)
	if last < firstEndingRune || last >= firstEndingRune+rune(len(endingsByLast)) {
		return dst
	}
	for _, i := range endingsByLast[last-firstEndingRune] {
		e := &endings[i]
		if !strings.HasSuffix(word, e.End) {
			continue
		}
		base := word[:len(word)-len(e.End)]
		if fewerRunes(base, minStemRunes) {
			continue
		}
		for k, nom := range e.Nom {
			if nom == e.End || !plausibleParts(base, nom) || repeats(dst, word, base, nom) {
				continue
			}
			dst = append(dst, stemParts{lang.StemParts{Base: base, Ending: nom}, int(i), k})
			if len(dst) == maxAnalyses-1 {
				return dst
			}
		}
	}
	return dst
}

// fewerRunes reports whether s has fewer than n runes, as
// utf8.RuneCountInString(s) < n would, decoding no more than n of them:
// appendStems asks of the rest of a word for every ending it ends in, and
// counting all its runes took a quarter of appendStems' time.
func fewerRunes(s string, n int) bool {
	for range n {
		if s == "" {
			return true
		}
		if _, ok := lang.TwoByteRuneAt(s, 0); ok { // a Cyrillic letter, in line
			s = s[2:]
			continue
		}
		_, size := utf8.DecodeRuneInString(s)
		s = s[size:]
	}
	return false
}

// repeats reports whether base+nom is one of the stems in ps, all of whose
// bases, like base, are prefixes of word.
func repeats(ps []stemParts, word, base, nom string) bool {
	for _, p := range ps {
		if len(p.Base)+len(p.Ending) != len(base)+len(nom) {
			continue
		}
		// The shorter base and the rest of the longer one before its
		// ending are the same bytes of word.
		short, long := p.StemParts, lang.StemParts{Base: base, Ending: nom}
		if len(short.Base) > len(long.Base) {
			short, long = long, short
		}
		if rest := word[len(short.Base):len(long.Base)]; strings.HasPrefix(short.Ending, rest) && short.Ending[len(rest):] == long.Ending {
			return true
		}
	}
	return false
}

// plausibleStem rejects stems no Russian nominative ends in: a soft or hard
// sign after a vowel, or й after a consonant.
func plausibleStem(s string) bool {
	if !endsInSignOrJ(s) {
		return true
	}
	r, n := lang.DecodeLastRune(s)
	p, _ := lang.DecodeLastRune(s[:len(s)-n])
	return plausibleEnd(p, r)
}

// plausibleParts is plausibleStem(base + nom) without building the stem.
func plausibleParts(base, nom string) bool {
	end := nom // where the stem's last letter is
	if end == "" {
		end = base
	}
	if !endsInSignOrJ(end) {
		return true
	}
	r, n := lang.DecodeLastRune(nom)
	if n == 0 {
		return plausibleStem(base)
	}
	p, m := lang.DecodeLastRune(nom[:len(nom)-n])
	if m == 0 {
		p, _ = lang.DecodeLastRune(base)
	}
	return plausibleEnd(p, r)
}

// endsInSignOrJ reports whether s ends in ь, ъ or й, the only last letters
// plausibleEnd rejects a stem for: appendStems asks about every candidate
// stem, and most end otherwise, told by two bytes without decoding runes.
func endsInSignOrJ(s string) bool {
	return strings.HasSuffix(s, "ь") || strings.HasSuffix(s, "ъ") || strings.HasSuffix(s, "й")
}

// plausibleEnd is plausibleStem of a stem whose last runes are p and r.
func plausibleEnd(p, r rune) bool {
	switch {
	case r == 'ь' || r == 'ъ':
		return !isVowel(p)
	case r == 'й':
		return isVowel(p)
	}
	return true
}

func isVowel(r rune) bool {
	switch r { // a switch, where strings.ContainsRune decoded the vowels for every question
	case 'а', 'е', 'ё', 'и', 'о', 'у', 'ы', 'э', 'ю', 'я':
		return true
	}
	return false
}

func hasCyrillic(s string) bool {
	// U+0400 to U+04FF are the runes of two bytes that lead with D0 to
	// D3, bytes that no other rune has: read without decoding any rune.
	for i := 0; i+1 < len(s); i++ {
		if s[i]-0xD0 < 4 && s[i+1]&0xC0 == 0x80 {
			return true
		}
	}
	return false
}

// Forms returns the inflected forms that Analyze reads back to the folded
// nominative lemma, the lemma first: the inverse of the ending table, for
// lexicon lists of names in their citation form (путин → путина, путину,
// путиным, ...; москва → москвы, москве, ...). Only forms whose analysis
// yields the lemma are kept, so a nominative ending must match the lemma's
// ending (the empty one only after a consonant).
func (Russian) Forms(lemma string) []string {
	out := []string{lemma}
	if !hasCyrillic(lemma) || lang.RuneCount(lemma) < minStemRunes+1 {
		return out
	}
	seen := map[string]bool{lemma: true}
	last, _ := lang.DecodeLastRune(lemma)
	for _, e := range endings {
		for _, nom := range e.Nom {
			if nom == "" {
				if isVowel(last) || last == 'й' || last == 'ь' {
					continue
				}
			} else if !strings.HasSuffix(lemma, nom) {
				continue
			}
			base := strings.TrimSuffix(lemma, nom)
			if lang.RuneCount(base) < minStemRunes {
				continue
			}
			form := base + e.End
			if seen[form] {
				continue
			}
			seen[form] = true
			out = append(out, form)
		}
	}
	return out
}
