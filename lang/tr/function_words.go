package tr

import (
	"strings"
	"unicode/utf8"

	"github.com/varlik/varlik/lang"
)

// JoinsNames reports whether norm coordinates two names: ve ("and") and
// ile ("with", as in "Li ile Mişustin").
func (Turkish) JoinsNames(norm string) bool { return norm == "ve" || norm == "ile" }

// SkippedInAcronym reports whether norm has no letter in an acronym: ve and
// ile (Tarım ve Orman Bakanlığı → TOB), and the joining words of the
// foreign names Turkish news writes as they are (Bank of America, Banco de
// España).
func (Turkish) SkippedInAcronym(norm string) bool { return acronymSkips.Has(norm) }

var acronymSkips = lang.NewWordSet(map[string]bool{"ve": true, "ile": true, "of": true, "and": true, "for": true, "the": true, "de": true})

// IsOriginSuffix reports whether suffix, an apostrophe suffix token, is -li
// (-lı, -lu, -lü, and their inflections: 'liler, 'lının): "from, of"
// (ABD'li, "American"; CHP'li, "a member of the CHP").
func (Turkish) IsOriginSuffix(suffix string) bool {
	_, size := utf8.DecodeRuneInString(suffix)
	rest := suffix[size:]
	for _, p := range []string{"li", "lı", "lu", "lü"} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

// OriginStem returns the name inside word when it ends in -li, -lı, -lu or
// -lü attached with no apostrophe (Liverpoollu → Liverpool, Fenerbahçeli
// → Fenerbahçe; see lang.OriginWords). Whether the stem is a name is for
// the caller to check: Kutlu and Veli end in the suffix too.
func (Turkish) OriginStem(word string) (string, bool) {
	for _, s := range []string{"li", "lı", "lu", "lü"} {
		if len(word) > len(s) && endsWith(word, s) {
			return word[:len(word)-len(s)], true
		}
	}
	return "", false
}
