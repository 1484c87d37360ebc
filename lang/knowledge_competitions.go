package lang

// CompetitionHeads is implemented by a language that knows the last words
// of competitions' names (English League, Cup). News annotation tags no
// competition (Premier League, Ryder Cup), but taggers trained on other
// conventions read them as organizations.
type CompetitionHeads interface {
	// CompetitionHead reports whether a folded word (Token.Norm) ends the
	// name of a competition.
	CompetitionHead(norm string) bool
}
