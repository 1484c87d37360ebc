package link

import (
	"strings"

	"github.com/varlik/varlik/lang"
)

// vowelVariant returns the ID of the one gazetteer entry among names
// with a name in l's language that words, a name in its citation form,
// spell but for one vowel (Turkish Katalunya, the gazetteer's Katalonya;
// Russian Феникс, the gazetteer's Финикс): the same name written another
// way, which the gazetteer's lookup, exact, misses, and which entryByKey
// leaves alone, an entry named in l's language being as a rule another's
// there (Livingston is not Livingstone, a letter longer); "" when no
// entry or more than one qualifies, or the key holds fewer than
// minEntryKey consonants (Mali, Male). Crosslingual dev 720 → 721
// (Katalunya; NTREX's Фениксом is typed a person, which this leaves alone).
// In a language whose names inflect (lang.InflectedNames), a name of two
// words or more one letter longer than the entry's, a vowel, is compared
// without it: a case ending the citation form kept (Св. Мартина, the
// gazetteer's Сен-Мартен, St. Martin, with lang.SaintWords). Crosslingual dev with gold
// mentions 936 → 941 (St. Martin five times), -doc 10 923 → 928, end to
// end 786 → 789, -doc 10 816 → 819; no false merge added.
//
// names are the gazetteer's names of type typ keyed as words are
// (keyedNames).
func (x *Linker) vowelVariant(names []keyedName, words []string, l lang.Language) string {
	spelling, id := "", ""
	// A case ending is dropped only from a name of two words or more: a
	// word alone one vowel longer than another place's name is as often a
	// nominative of its own (Черкассы, not Черкеш; Миранда, not Маранд).
	inf, ok := l.(lang.InflectedNames)
	inflects := ok && inf.InflectsNames() && len(words) > 1
	for _, n := range names {
		if n.id == id {
			continue
		}
		if spelling == "" {
			spelling = spellingOf(words, l)
		}
		s := spelling
		if inflects && len(s) == len(n.spelling)+1 && isVowel(s[len(s)-1]) {
			s = s[:len(s)-1] // a case ending: Св. Мартина, the gazetteer's Сен-Мартен
		}
		if !oneVowelApart(s, n.spelling) {
			continue
		}
		name, ok := x.nameIn(n, l)
		// A word alone must be one vowel apart as its language writes it
		// too: the spelling merges letters that the language tells apart
		// (Beştepe is not the district Boztepe, ş and z both spelt s).
		if !ok || len(words) == 1 && !oneVowelRuneApart(l.Fold(words[0]), l.Fold(name)) {
			continue
		}
		if id != "" {
			return ""
		}
		id = n.id
	}
	return id
}

// nameIn returns the entry's name in l's language that n, a keyed name of
// the entry, spells, and whether there is one.
func (x *Linker) nameIn(n keyedName, l lang.Language) (string, bool) {
	e := x.gaz.ByID(n.id)
	if e == nil {
		return "", false
	}
	for _, name := range e.Names[l.Code()] {
		if spellingOf(strings.Fields(l.Fold(name)), l) == n.spelling {
			return name, true
		}
	}
	return "", false
}

// oneVowelRuneApart reports whether the folded words a and b have as many
// letters and differ in one only, a vowel in both (katalunya, katalonya;
// феникс, финикс).
func oneVowelRuneApart(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) != len(rb) {
		return false
	}
	diff := 0
	for i := range ra {
		if ra[i] != rb[i] {
			if diff++; diff > 1 || !vowelRune(ra[i]) || !vowelRune(rb[i]) {
				return false
			}
		}
	}
	return diff == 1
}

// vowelRune reports whether r is a lower-case vowel of the Latin or
// Cyrillic alphabets, with or without marks.
func vowelRune(r rune) bool {
	return strings.ContainsRune("aeiouyıöüâêîôûáéíóúàèìòùäëïÿãõåæøœаеёиоуыэюяіїєў", r)
}

// oneVowelApart reports whether spellings a and b (see spelling) have the
// same length and differ in one letter only, a vowel in both.
func oneVowelApart(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	diff := -1
	for i := range len(a) {
		if a[i] != b[i] {
			if diff >= 0 || !isVowel(a[i]) || !isVowel(b[i]) {
				return false
			}
			diff = i
		}
	}
	return diff >= 0
}
