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

// endingsByLast lists, for each letter of the Cyrillic block (U+0400 to
// U+04FF), the indexes of the endings of endings that end with it, in
// their order: a word is tested against the few endings its last letter
// allows, not all of them. Every ending ends with such a letter
// (TestEndingsByLast).
var endingsByLast = func() (at [0x100][]int) {
	for i, e := range endings {
		if r, _ := utf8.DecodeLastRuneInString(e.End); r >= 0x400 && r < 0x500 {
			at[r-0x400] = append(at[r-0x400], i)
		}
	}
	return at
}()

// endingSuffixes holds, for each ending of endings, the Suffixes of its
// analyses: []string{End}, made once and shared, where Analyze made one
// for every analysis (callers only read them).
var endingSuffixes = func() [][]string {
	out := make([][]string, len(endings))
	for i, e := range endings {
		out[i] = []string{e.End}
	}
	return out
}()

// endings covers the nominal paradigms that names in news take: hard and
// soft masculine nouns and surnames (Мишустин, Китай, Цян), feminine -а/-я/-ия
// (Москва, Россия), neuter -о/-е/-ие, and adjectives in names
// (Российская Федерация, Государственная дума). Plural forms are limited to
// the genitive, dative, instrumental and prepositional (Штатов, Штатах).
// The table is ordered longest ending first; every matching ending
// contributes, so an ambiguous form yields several candidates.
var endings = []ending{
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
	{"ом", []string{"", "о", "ый"}, "Ins"},
	{"ем", []string{"й", "ь", "е", "ий"}, "Ins"},
	{"ём", []string{"ь", "й"}, "Ins"},
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
func (Russian) Analyze(word string) []lang.Analysis {
	if !hasCyrillic(word) {
		return []lang.Analysis{{Stem: word, Case: "Nom"}}
	}
	out := make([]lang.Analysis, 1, 4) // most words have three readings or fewer
	out[0] = lang.Analysis{Stem: word, Case: "Nom"}
	last, _ := utf8.DecodeLastRuneInString(word)
	if last < 0x400 || last >= 0x500 {
		return out // no ending ends so
	}
	for _, i := range endingsByLast[last-0x400] {
		e := endings[i]
		if !strings.HasSuffix(word, e.End) {
			continue
		}
		base := word[:len(word)-len(e.End)]
		if utf8.RuneCountInString(base) < minStemRunes {
			continue
		}
		for _, nom := range e.Nom {
			stem := base + nom
			if analysed(out, stem) || !plausibleStem(stem) {
				continue
			}
			out = append(out, lang.Analysis{Stem: stem, Suffixes: endingSuffixes[i][:1:1], Case: e.Case})
			if len(out) == maxAnalyses {
				return out
			}
		}
	}
	return out
}

// analysed reports whether stem is one of the stems of out (at most
// maxAnalyses: a scan costs less than a set).
func analysed(out []lang.Analysis, stem string) bool {
	for i := range out {
		if out[i].Stem == stem {
			return true
		}
	}
	return false
}

// plausibleStem rejects stems no Russian nominative ends in: a soft or hard
// sign after a vowel, or й after a consonant.
func plausibleStem(s string) bool {
	r, n := utf8.DecodeLastRuneInString(s)
	p, _ := utf8.DecodeLastRuneInString(s[:len(s)-n])
	switch {
	case r == 'ь' || r == 'ъ':
		return !isVowel(p)
	case r == 'й':
		return isVowel(p)
	}
	return true
}

func isVowel(r rune) bool { return strings.ContainsRune("аеёиоуыэюя", r) }

func hasCyrillic(s string) bool {
	for _, r := range s {
		if r >= 0x400 && r <= 0x4FF {
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
	if !hasCyrillic(lemma) || utf8.RuneCountInString(lemma) < minStemRunes+1 {
		return out
	}
	seen := map[string]bool{lemma: true}
	last, _ := utf8.DecodeLastRuneInString(lemma)
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
			if utf8.RuneCountInString(base) < minStemRunes {
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
