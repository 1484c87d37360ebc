package lang

// CommonWordNames is implemented by a language that knows which of its
// given names are frequent ordinary words too (lang/tr: son, milli,
// güneş, bahar).
type CommonWordNames interface {
	// CommonWordName reports whether a folded given name is such a word.
	CommonWordName(norm string) bool
}
