package tr

import (
	"strings"

	"github.com/varlik/varlik/lang"
)

var _ lang.PluralNouns = Turkish{}

// PluralNoun reports whether norm, a folded word, ends in the plural -lAr
// (lang.PluralNouns: Türkler, yetkililer). It reads the ending alone, not
// the morphology, so that a name the lexicon lacks counts too.
func (Turkish) PluralNoun(norm string) bool {
	return strings.HasSuffix(norm, "lar") || strings.HasSuffix(norm, "ler")
}
