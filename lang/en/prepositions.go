package en

import "github.com/varlik/varlik/lang"

var _ lang.Prepositions = English{}

// Preposition reports whether norm, a folded word, is a preposition
// (lang.Prepositions: on, in, with): those that put a name in a phrase of
// its own, and of, for, about.
func (English) Preposition(norm string) bool {
	return placePrepositions[norm] || norm == "of" || norm == "for" || norm == "about"
}
