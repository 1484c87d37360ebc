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
