package main

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/varlik/varlik/internal/dice"
)

// minResemblance is the least name resemblance that aligns two entities
// when their type occurs more than once in a line.
const minResemblance = 0.5

// align returns index triples (tr, en, ru) of the gold entities present in
// all three versions of a line (see the package comment).
func align(tr, en, ru []goldEntity) [][3]int {
	var out [][3]int
	for _, typ := range []string{"PERSON", "LOCATION", "ORGANIZATION"} {
		t, e, r := ofType(tr, typ), ofType(en, typ), ofType(ru, typ)
		if len(t) == 1 && len(e) == 1 && len(r) == 1 {
			out = append(out, [3]int{t[0], e[0], r[0]})
			continue
		}
		usedT, usedR := map[int]bool{}, map[int]bool{}
		for _, ei := range e {
			ti := closest(en[ei].Text, tr, t, usedT)
			ri := closest(en[ei].Text, ru, r, usedR)
			if ti >= 0 && ri >= 0 {
				usedT[ti], usedR[ri] = true, true
				out = append(out, [3]int{ti, ei, ri})
			}
		}
	}
	return out
}

func ofType(ents []goldEntity, typ string) []int {
	var out []int
	for i, e := range ents {
		if e.Type == typ {
			out = append(out, i)
		}
	}
	return out
}

// closest returns the entity among cands (indices into ents, not in used)
// whose name resembles name most, or -1 below minResemblance.
func closest(name string, ents []goldEntity, cands []int, used map[int]bool) int {
	best, bestScore := -1, minResemblance
	for _, i := range cands {
		if used[i] {
			continue
		}
		if s := dice.Coefficient(latin(name), latin(ents[i].Text)); s >= bestScore {
			best, bestScore = i, s
		}
	}
	return best
}

// cyrillic transliterates Russian letters for comparison with Latin names.
var cyrillic = strings.NewReplacer(
	"а", "a", "б", "b", "в", "v", "г", "g", "д", "d", "е", "e", "ё", "e", "ж", "zh", "з", "z", "и", "i",
	"й", "y", "к", "k", "л", "l", "м", "m", "н", "n", "о", "o", "п", "p", "р", "r", "с", "s", "т", "t",
	"у", "u", "ф", "f", "х", "kh", "ц", "ts", "ч", "ch", "ш", "sh", "щ", "sch", "ъ", "", "ы", "y", "ь", "",
	"э", "e", "ю", "yu", "я", "ya")

// latin folds a name to lower-case Latin letters without diacritics.
func latin(s string) string {
	s = cyrillic.Replace(strings.ToLower(s))
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case r == 'ı':
			b.WriteRune('i')
		case unicode.Is(unicode.Mn, r):
		case unicode.IsLetter(r):
			b.WriteRune(r)
		}
	}
	return b.String()
}
