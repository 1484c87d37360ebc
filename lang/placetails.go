package lang

// PlaceTailNouns is implemented by a language that writes a place's kind
// after its name, in lower case in careless text, as a part of the name
// (English "tampa bay", "the Gaza strip"): the noun belongs in the place's
// mention.
type PlaceTailNouns interface {
	// PlaceTailNoun reports whether norm, a folded lower-case word right
	// after a place's name, is such a noun there; next is the folded word
	// after it ("" at the end), which may show the noun names another
	// place (English "the island of Aruba").
	PlaceTailNoun(norm, next string) bool
}
