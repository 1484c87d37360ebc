package lang

// LoneBodies is implemented by a language whose news names some bodies by
// one common noun alone, written with a capital when it means the body
// (Turkish Meclis, Senato, Komisyon, Başbakanlık, Hazine: the parliament,
// the senate, the commission, the prime minister's office, the treasury).
type LoneBodies interface {
	// NamesBody reports whether a folded word (Token.Norm), capitalized
	// and standing alone, names such a body.
	NamesBody(norm string) bool
}

// OpeningBodies is implemented by a language some of whose LoneBodies
// words name the body even as a sentence's first word, where every word
// is capitalized: their common-noun sense seldom opens a sentence
// (English "Congress passed the bill", "Labour denies it", but not "Court
// documents show").
type OpeningBodies interface {
	// OpensAsBody reports whether a folded word (Token.Norm) that opens a
	// sentence and stands alone names its body.
	OpensAsBody(norm string) bool
}

// MemberTitles is implemented by a language that writes the title of a
// body's elected member as a capital acronym right after the party's name
// (English "a Labour MP", "One Plaid AM"): the party's word before it
// stands alone, not in a longer name.
type MemberTitles interface {
	// MemberTitle reports whether a word, as written, is such a title,
	// singular or plural.
	MemberTitle(word string) bool
}
