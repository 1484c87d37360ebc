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

// BodyTitles is implemented by a language of LoneBodies that writes a title
// of office held in such a body as capitalized words after its name
// (Turkish "Kongre Üyesi", "Meclis Başkanı"): the body is tagged within
// the title, the title word left out (docs/annotation.md: a body inside a
// title is tagged).
type BodyTitles interface {
	// TitleAfterBody reports whether a folded word right after a lone
	// body's name makes a title of it.
	TitleAfterBody(norm string) bool
}

// BodyOffices is implemented by a language that tells, after a body's
// name, the office of the body's head from a body's name of its own, and
// the head noun that ends a body's name before a title from the one that
// begins the title (Turkish: the guideline tags the body inside a title,
// not the office or the title).
type BodyOffices interface {
	// OfficeAfterBody reports whether a folded word right after a body's
	// name names the office of the body's head (Turkish "Meclis
	// Başkanlığına", the Speaker's office), which the guideline leaves out
	// of the body's name, as it leaves a title out.
	OfficeAfterBody(norm string) bool
	// HeadNamesBody reports whether a folded head noun of an
	// organization's name, right before a title, ends a body's name that
	// the title is of (Turkish Belediyesi, in the possessive: "Konya
	// Büyükşehir Belediyesi Başkanı"), not the title's first word
	// (Belediye of "Kadıköy Belediye Başkanı", the town's mayor).
	HeadNamesBody(norm string) bool
}
