package tr

import (
	_ "embed"

	"github.com/varlik/varlik/lang"
)

var _ lang.ForeignSurnames = Turkish{}

// surnamesText is the foreign surnames Turkish news writes: the 10,000
// most frequent of the 1990 US Census, less Turkish words and places of
// Turkey and GeoNames, folded and sorted, one a line after three comment
// lines (internal/gensurnames).
//
//go:generate go run ./internal/gensurnames -data ../../../shared/data -surnames ../en/data/surnames.txt -o data/surnames.txt
//go:embed data/surnames.txt
var surnamesText string

// foreignSurnames is surnamesText's list, searched in place: the rule that
// asks it asks of a few words a document.
var foreignSurnames = lang.NewSortedWords(surnamesText)

// ForeignSurname reports whether norm, a folded word, is a frequent
// foreign surname that is no Turkish word or place (lang.ForeignSurnames):
// kavanaugh, waters, mcdonnell; not senato, phoenix.
func (Turkish) ForeignSurname(norm string) bool {
	return foreignSurnames.Has(norm)
}
