package lang

// GroupWords is implemented by a language that knows the words for the
// members or followers of a party, movement or faith and their adjectives
// (English Republicans, Democrat, Methodist, Shiite). News annotation
// tags them no more than nationality words, but taggers trained on other
// conventions read them as organizations.
type GroupWords interface {
	// IsGroupWord reports whether a folded word (Token.Norm) is such a word.
	IsGroupWord(norm string) bool
}
