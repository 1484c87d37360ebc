package tr

import (
	"github.com/varlik/varlik/lang"
)

var _ lang.PalaceHeads = Turkish{}

// palaceHeads are the folded beginnings of the head noun of a palace's
// name in the compound's possessive form (Dolmabahçe Sarayı, Sarayı'nda,
// Sarayının). The bare noun is left out: Beyaz Saray names the American
// government, which news annotation tags as an organization.
var palaceHeads = [...]string{"sarayı", "sarayın"}

// PalaceHead reports whether norm, a folded word, is the head noun of a
// palace's name in any of its forms (lang.PalaceHeads).
func (Turkish) PalaceHead(norm string) bool {
	return palaceIndex.startsAny(norm)
}
