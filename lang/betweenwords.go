package lang

// BetweenWords is implemented by a language that says "between" with a
// word after the two names it relates (Turkish "Budapeşte ile Kanije
// arasındaki"). Such a word needs two names before it, so a single
// mention right before it with no partner further left may be two names
// the tagger ran together.
type BetweenWords interface {
	// BetweenWord reports whether a folded word (Token.Norm) says
	// "between".
	BetweenWord(norm string) bool
}
