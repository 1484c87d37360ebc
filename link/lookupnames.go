package link

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// The forms of a name that the gazetteer's lookup, exact, may know where
// it does not know the name as the text writes it.

// spelledOutEntry returns the ID of the organization that name, whose
// first word joins a shortened word to the organization's head, names with
// its words written out (lang.SpelledOutNames: Генассамблеи ООН →
// Генеральная Ассамблея ООН; Евросоюз → Европейский союз), as the
// gazetteer names it; "" when none does. Crosslingual dev 719 → 720
// (Генассамблеи ООН; the two Евросоюз of dev, now Q458, align with no
// English name).
func (x *Linker) spelledOutEntry(so lang.SpelledOutNames, name string) string {
	for _, n := range so.SpelledOut(name) {
		if id := uniqueEntry(x.gaz, n, annotation.Organization, ""); id != "" {
			return id
		}
	}
	return ""
}

// undotted returns name with the periods of its abbreviations of two
// letters or more written with them taken out (U.N. Security Council → UN
// Security Council, U.K. → UK): news writes them so where the gazetteer
// names the acronym without, and its lookup keeps the periods. name itself
// when it has none. Crosslingual dev 718 → 719 (U.N. Security Council).
func undotted(name string) string {
	if !strings.Contains(name, ".") {
		return name
	}
	fields := strings.Split(name, " ")
	changed := false
	for i, f := range fields {
		if dottedLetters(f) {
			fields[i], changed = strings.ReplaceAll(f, ".", ""), true
		}
	}
	if !changed {
		return name
	}
	return strings.Join(fields, " ")
}

// dottedLetters reports whether w is two letters or more, each followed by
// a period (U.N., U.S.A.).
func dottedLetters(w string) bool {
	n := 0
	for ; w != ""; n++ {
		r, size := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) || len(w) == size || w[size] != '.' {
			return false
		}
		w = w[size+1:]
	}
	return n >= 2
}
