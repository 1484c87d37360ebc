package link

import (
	"strings"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// vowelVariant returns the ID of the one gazetteer entry of type typ
// with a name in l's language that words, a name in its citation form,
// spell but for one vowel (Turkish Katalunya, the gazetteer's Katalonya;
// Russian Феникс, the gazetteer's Финикс): the same name written another
// way, which the gazetteer's lookup, exact, misses, and which entryByKey
// leaves alone, an entry named in l's language being as a rule another's
// there (Livingston is not Livingstone, a letter longer); "" when no
// entry or more than one qualifies, or the key holds fewer than
// minEntryKey consonants (Mali, Male). Crosslingual dev 720 → 721
// (Katalunya; NTREX's Фениксом is typed a person, which this leaves alone).
func (x *Linker) vowelVariant(key entryKey, words []string, typ annotation.Type, l lang.Language) string {
	if x.gaz == nil || len(key.key) < minEntryKey {
		return ""
	}
	spelling, id := "", ""
	for _, n := range x.keyedNames(key, typ) {
		if n.id == id || len(n.spelling) != len(spelling) && spelling != "" {
			continue
		}
		if spelling == "" {
			spelling = spellingOf(words, l)
		}
		if !oneVowelApart(spelling, n.spelling) || !x.namedIn(n, l) {
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
