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
		if !oneVowelApart(s, n.spelling) || !x.namedIn(n, l) {
			continue
		}
		if id != "" {
			return ""
		}
		id = n.id
	}
	return id
}

// namedIn reports whether n, a keyed name of an entry, is spelt as one of
// the entry's names in l's language.
func (x *Linker) namedIn(n keyedName, l lang.Language) bool {
	e := x.gaz.ByID(n.id)
	if e == nil {
		return false
	}
	for _, name := range e.Names[l.Code()] {
		if spellingOf(strings.Fields(l.Fold(name)), l) == n.spelling {
			return true
		}
	}
	return false
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
