package lang

// StormNames is implemented by a language that tells a sentence about a
// storm by its words (hurricane, winds, rainfall) and knows its given
// names: storms are named with them ("Rosa will bring flooding rains"),
// news annotation does not tag storms, and a tagger reads the name as a
// person's.
type StormNames interface {
	// StormWord reports whether a folded word (Token.Norm) belongs to a
	// report of a storm.
	StormWord(norm string) bool
	GivenNames
}

// GivenNames is implemented by a language that knows its given names
// (people's first names), for the rules that must not read one as
// something else: a storm's name, a region's opening a sentence.
type GivenNames interface {
	// GivenName reports whether a folded word is a given name.
	GivenName(norm string) bool
}
