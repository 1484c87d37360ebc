package lang

// GroupWords is implemented by a language that knows the words for the
// members or followers of a party, movement or faith, or for a people, and
// their adjectives (English Republicans, Democrat, Methodist, Shiite,
// Welsh). News annotation
// tags them no more than nationality words, but taggers trained on other
// conventions read them as organizations.
type GroupWords interface {
	// IsGroupWord reports whether a folded word (Token.Norm) is such a word.
	IsGroupWord(norm string) bool
}

// AcronymPlurals is implemented by a language that writes the plural of an
// acronym with an ending (English MPs, AMs, NGOs): such a word names people
// or things of a kind, not one entity, and ends no name ("Labour MPs" is
// the party Labour and its members).
type AcronymPlurals interface {
	// AcronymPlural reports whether a word, as written, is an acronym's
	// plural.
	AcronymPlural(word string) bool
}
