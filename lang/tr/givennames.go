package tr

import (
	_ "embed"

	"github.com/varlik/varlik/lang"
)

var _ lang.GivenNames = Turkish{}

// givenNamesText is the given names Turkish news writes: Turkish ones
// (Faker tr, Zemberek-NLP person names, ParlaMint-TR members' given names)
// and English ones (the stdlib English first names: foreign people and
// storms are named with them), folded and sorted, one a line after two
// comment lines (internal/gennames).
//
//go:generate go run ./internal/gennames -data ../../../shared/data -o data/given_names.txt -common data/common_given_names.txt
//go:generate go test -run TestWordListIndexes -update .
//go:embed data/given_names.txt
var givenNamesText string

// givenNamesIndex is givenNamesText's table (lang.IndexedWords), made at
// generate time (TestWordListIndexes).
//
//go:embed data/given_names.idx
var givenNamesIndex string

// commonGivenNamesText is the given names that are frequent ordinary
// words (son, milli, güneş, bahar, umut), by Zemberek-NLP's
// case-preserving frequency list: written in small letters at least half
// as often as capitalized (internal/gennames).
//
//go:embed data/common_given_names.txt
var commonGivenNamesText string

// givenNames is givenNamesText's names, read through a table made at
// generate time: the rules ask it of many words of a document, where a
// bisection of the 14,600 names cost 14 string comparisons a question,
// and a table made on the first question cost every
// program that asks it 2.4M instructions and 128 KB.
var givenNames = lang.NewIndexedWords(givenNamesText, givenNamesIndex)

// commonGivenNames is commonGivenNamesText's list, searched in place.
var commonGivenNames = lang.NewSortedWords(commonGivenNamesText)

// CommonWordName reports whether norm, a folded word, is a given name that
// is a frequent ordinary word too (son, last; milli, national; güneş, sun):
// a rule that reads a given name as a person's only by the word after it
// leaves these out.
func (Turkish) CommonWordName(norm string) bool {
	return commonGivenNames.Has(norm)
}

// GivenName reports whether norm, a folded word, is a Turkish given name
// or a foreign given name Turkish news writes (lang.GivenNames; a storm's
// name before its head noun): mehmet, ayşe, umut, rosa. Many are common
// words too (umut, hope; deniz, sea): a rule asks it only where a name is
// already likely.
func (Turkish) GivenName(norm string) bool {
	return givenNames.Has(norm)
}
