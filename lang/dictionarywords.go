package lang

// DictionaryWords is implemented by a language that has a dictionary of
// its common words: the words its dictionary lists in lower case only,
// never as a name (English applause, kudos, slope; not heather, which
// names people too). Such a word capitalized as a sentence's first word
// is no name, where a tagger that never saw it may read one.
type DictionaryWords interface {
	// DictionaryWord reports whether a folded word (Token.Norm) is such a
	// word.
	DictionaryWord(norm string) bool
}
