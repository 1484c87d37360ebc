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
