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

// DictionaryForms is implemented by a language whose dictionary of common
// words (DictionaryWords) holds their inflected forms too: a headline's
// verbs and adjectives (Russian БЕСПОКОЯТ, ВАЛЛИЙСКОМ) are common words
// whatever their case. The set may be approximate (a Bloom filter: a few
// other words taken for forms), so it is evidence for restoring a case,
// not a list to drop names by.
type DictionaryForms interface {
	// DictionaryForm reports whether a folded word (Token.Norm) is a
	// form of such a word.
	DictionaryForm(norm string) bool
}
