package en

import "github.com/varlik/varlik/lang"

var _ lang.NamePrepositions = English{}

// InNamePreposition reports whether norm, a folded word, is a preposition
// that an organization's name may hold (lang.NamePrepositions): "Commission
// on Artificial Intelligence", "Department of Housing", "Commission for
// Employment". In, at and from are left out: they name where a body is
// ("the Commission in Brussels").
func (English) InNamePreposition(norm string) bool {
	switch norm {
	case "of", "for", "on":
		return true
	}
	return false
}

// CalendarWord reports whether norm, a folded word, names a day or a month
// (lang.NamePrepositions).
func (English) CalendarWord(norm string) bool { return calendarWords.Has(norm) }

var _ lang.CapitalizedNameEnds = English{}

// NamesEndCapitalized reports true (lang.CapitalizedNameEnds): English
// names end with a capitalized word (the Gaza Strip, not the Gaza strip,
// in news style).
func (English) NamesEndCapitalized() bool { return true }
