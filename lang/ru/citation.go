package ru

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/varlik/varlik/lang"
)

// CitationForm returns a name as a dictionary cites it, in the nominative
// (lang.CitationFormer): Центрального банка → Центральный банк, Сергея
// Лаврова → Сергей Лавров, Марии Захаровой → Мария Захарова. typ is the
// name's type (PERSON, LOCATION, ORGANIZATION).
//
// It changes a word only on evidence and otherwise returns the name as
// given, because a wrong citation form is worse than an inflected one:
//   - a person's case and gender come from a first name (natasha's list):
//     its other words then follow the surname and patronymic paradigms;
//     without a first name only endings no nominative has are undone
//     (Путиным, Лаврову);
//   - a place's or organization's case and gender come from its leading
//     adjectives (Центрального → genitive, masculine or neuter), and its
//     head noun's nominative must be a form seen in the word-form counts;
//     a name of one word changes only to a form seen at least as often
//     as the word itself; a place's head noun in -ии that the counts
//     leave undecided is cited in -ия (России → Россия, Калифорнии →
//     Калифорния): the neuter -ие reading's paradigm (здании → здание)
//     claims the -ия forms too. The rarer place in -ий gets -ия as well
//     (Маврикии → Маврикия, not Маврикий), though the counts see маврикий:
//     they cannot tell a masculine's -ий from a feminine's genitive
//     plural (акций 14, функций 15, станций 7). Citing -ий where its
//     form outnumbers the feminine's own (-ия, -ией, the plural's -иям,
//     -иями, -иях) turned 34 of the counts' words in -ии, 30 wrongly
//     (Акции → Акций; Феодосии, the town Феодосия, → Феодосий; right:
//     Юрии, Лжедмитрии, Парламентарии; Евгении either), and no name of
//     ru dev; a place the gazetteer knows takes its name from it
//     (Маврикии → Маврикий, Q1027).
//
// Words after the head noun keep their case (Министерства иностранных дел
// → Министерство иностранных дел). Capitals and ё are kept from the input.
func (Russian) CitationForm(name, typ string) string {
	return memoCitation(name, typ, citationForm)
}

// citationForm is CitationForm without the memo.
func citationForm(name, typ string) string {
	words := splitWords(name)
	if len(words) == 0 {
		return name
	}
	var out []string
	if typ == "PERSON" {
		out = personNominative(words)
	} else {
		out = phraseNominative(words, typ == "LOCATION")
	}
	if out == nil {
		return name
	}
	var b strings.Builder
	last := 0
	for i, w := range words {
		b.WriteString(name[last:w.start])
		b.WriteString(out[i])
		last = w.start + len(w.text)
	}
	b.WriteString(name[last:])
	return b.String()
}

// word is one Cyrillic word of a name, as written and folded.
type word struct {
	start      int
	text, norm string
}

// splitWords returns the runs of letters and hyphens of name, or nil when
// one of them is not all Cyrillic (Latin names do not decline).
func splitWords(name string) []word {
	var words []word
	for i := 0; i < len(name); {
		r, n := utf8.DecodeRuneInString(name[i:])
		if !basicCyrillic(r) && !unicode.IsLetter(r) {
			i += n
			continue
		}
		j := i
		for j < len(name) {
			r, n := utf8.DecodeRuneInString(name[j:])
			if basicCyrillic(r) {
				j += n
				continue // a letter, and Cyrillic: most runes of a Russian name
			}
			if !unicode.IsLetter(r) && r != '-' {
				break
			}
			if unicode.IsLetter(r) && !unicode.Is(unicode.Cyrillic, r) {
				return nil
			}
			j += n
		}
		words = append(words, word{start: i, text: name[i:j], norm: fold(name[i:j])})
		i = j
	}
	return words
}

// basicCyrillic reports whether r is a letter of the Russian alphabet,
// capital or small (А to я, Ё, ё).
func basicCyrillic(r rune) bool { return r >= 'А' && r <= 'я' || r == 'Ё' || r == 'ё' }

// rule replaces a folded ending by a nominative one.
type rule struct{ from, to string }

// apply returns w with the first rule whose ending it has applied, keeping
// the written letters before the ending, and whether one applied. A stem
// of fewer than two letters is no name.
func apply(w word, rules []rule) (string, bool) {
	for _, r := range rules {
		if !strings.HasSuffix(w.norm, r.from) || lang.RuneCount(w.norm)-lang.RuneCount(r.from) < 2 {
			continue
		}
		stem := strings.TrimSuffix(w.norm, r.from) + r.to
		if !nominativeEnd(stem) || r.to == "" && !endsInConsonant(stem) {
			return w.text, false // Макилроя is no Макилроь, Сноу no Сно
		}
		return withStem(w, stem), true
	}
	return w.text, false
}

// nominativeEnd reports whether a nominative may end as s does: as
// plausibleStem says, and with two vowels at the end only in an
// adjective's or an -ия/-ие noun's ending (not Сноу → Сно + у).
func nominativeEnd(s string) bool {
	if !plausibleStem(s) {
		return false
	}
	r, n := utf8.DecodeLastRuneInString(s)
	p, _ := utf8.DecodeLastRuneInString(s[:len(s)-n])
	if isVowel(r) && isVowel(p) {
		return strings.HasSuffix(s, "ая") || strings.HasSuffix(s, "яя") || strings.HasSuffix(s, "ия") ||
			strings.HasSuffix(s, "ое") || strings.HasSuffix(s, "ее") || strings.HasSuffix(s, "ие")
	}
	return true
}

func endsInConsonant(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.Is(unicode.Cyrillic, r) && !isVowel(r) && r != 'ь' && r != 'ъ' && r != 'й'
}

// replaceEnding replaces the last n runes of w.text by ending, in capitals
// when the word is written in capitals.
func replaceEnding(w word, n int, ending string) string {
	cut := len(w.text)
	for ; n > 0; n-- {
		_, size := utf8.DecodeLastRuneInString(w.text[:cut])
		cut -= size
	}
	if cut > 0 && !strings.ContainsFunc(w.text, unicode.IsLower) {
		ending = strings.ToUpper(ending)
	}
	return w.text[:cut] + ending
}

// withStem returns stem (a folded nominative) written as w is: its
// letters as in w where they agree, so that capitals and ё survive.
func withStem(w word, stem string) string {
	common := 0 // runes shared by w.norm and stem
	for a, b := w.norm, stem; a != "" && b != ""; common++ {
		ra, na := utf8.DecodeRuneInString(a)
		rb, nb := utf8.DecodeRuneInString(b)
		if ra != rb {
			break
		}
		a, b = a[na:], b[nb:]
	}
	rest := stem
	for range common {
		_, n := utf8.DecodeRuneInString(rest)
		rest = rest[n:]
	}
	return replaceEnding(w, lang.RuneCount(w.norm)-common, rest)
}
