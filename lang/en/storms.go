package en

import (
	_ "embed"

	"github.com/varlik/varlik/lang"
)

var _ lang.StormNames = English{}

// StormWord reports whether norm, a folded word, belongs to a report of a
// storm (lang.StormNames): its kind, its landfall. Left out because other
// news has them too, and a given name in a sentence with them is a
// person's as often as a storm's: rain, flooding, winds, flood, damage,
// track ("The match was played in heavy rain as Harry watched").
func (English) StormWord(norm string) bool { return stormWords.Has(norm) }

var stormWords = lang.NewWordSet(map[string]bool{
	"hurricane": true, "hurricanes": true, "typhoon": true, "typhoons": true, "cyclone": true, "cyclones": true,
	"storm": true, "storms": true, "landfall": true,
})

// givenNamesText is the stdlib English first names, male and female
// (PDDL 1.0 / CC0 1.0), folded and sorted, one a line after two comment
// lines (internal/gennames).
//
//go:generate go run ./internal/gennames -data ../../../shared/data -o data/given_names.txt
//go:generate go test -run TestWordListIndexes -update .
//go:embed data/given_names.txt
var givenNamesText string

// givenNamesIndex is givenNamesText's table (lang.IndexedWords), made at
// generate time with common_words.idx (TestWordListIndexes).
//
//go:embed data/given_names.idx
var givenNamesIndex string

var givenNames = lang.NewIndexedWords(givenNamesText, givenNamesIndex)

// GivenName reports whether norm, a folded word, is an English given name
// (lang.StormNames): Rosa, Michael, Katrina.
func (English) GivenName(norm string) bool {
	return givenNames.Has(norm)
}
