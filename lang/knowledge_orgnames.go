package lang

// NamePrepositions is implemented by a language whose organizations' names
// go on after their head noun with a preposition and more capitalized
// words ("National Security Commission on Artificial Intelligence",
// "Department of Housing and Urban Development"), where a tagger often
// stops at the head or at the preposition.
type NamePrepositions interface {
	// InNamePreposition reports whether a folded word (Token.Norm) is a
	// preposition that an organization's name may hold: of, for, on.
	InNamePreposition(norm string) bool
	// CalendarWord reports whether a folded word names a day or a month,
	// which is capitalized after a preposition without being a name's
	// ("the Security Council on Thursday").
	CalendarWord(norm string) bool
}

// CapitalizedNameEnds is implemented by a language whose names end with a
// capitalized word, so that a lower-case word at the end of a mention is a
// common noun after the name that a tagger took in ("the Coca - Cola
// corporation", "the West Bank barrier"). Russian names end with
// lower-case words (Министерство обороны) and do not implement it.
type CapitalizedNameEnds interface {
	// NamesEndCapitalized reports whether the language's names end with
	// a capitalized word.
	NamesEndCapitalized() bool
}
