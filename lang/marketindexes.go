package lang

// MarketIndexes is implemented by a language that knows the word which,
// after a name, or after a name and a number, shows that the name is a
// stock market index's (Turkish "BIST 100 endeksi", "Nasdaq endeksi",
// "Nikkei 225 endeksinde"). News annotation tags no index, though its
// name is often an exchange's or a company's that a gazetteer knows.
type MarketIndexes interface {
	// NamesIndex reports whether a folded word (Token.Norm) is such a word.
	NamesIndex(norm string) bool
}
