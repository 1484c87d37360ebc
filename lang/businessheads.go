package lang

// BusinessHeads is implemented by a language whose firms are named by a
// founder's or an owner's name and a capitalized word for the trade
// written after it (English "Carr Futures", "Malcolm Smith Motorsports",
// "Lehman Brothers"): no person's name ends in such a word, while a
// tagger that knows the name as a person's tags the name alone.
type BusinessHeads interface {
	// BusinessHead reports whether a folded word (Token.Norm) is such a
	// word.
	BusinessHead(norm string) bool
}
