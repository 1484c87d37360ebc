package lang

// VenueHeads is implemented by a language that knows the head nouns of
// venues' names (lang/tr: Stadı, Stadyumu, Arena, Camii).
type VenueHeads interface {
	// VenueHead reports whether a folded word is such a head noun.
	VenueHead(norm string) bool
	// VenueLead reports whether a folded word is a function or time word
	// that opens a sentence before a venue's name (Dün, Bugün, Bu).
	VenueLead(norm string) bool
}
