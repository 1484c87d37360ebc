package lang

// PlaceTailNouns is implemented by a language that writes a place's kind
// after its name, in lower case in careless text, as a part of the name
// (English "tampa bay", "the Gaza strip"): the noun belongs in the place's
// mention.
type PlaceTailNouns interface {
	// PlaceTailNoun reports whether a folded lower-case word right after
	// a place's name is such a noun.
	PlaceTailNoun(norm string) bool
}
