package lang

// PublicationNames is implemented by a language whose newspapers are named
// with an article and a word for a newspaper ("The Sunday Times", "The
// Washington Post"), the article written capitalized inside a sentence
// only there ("told The Sunday Telegraph :"). A tagger takes such a name
// without its article or, after a day's name, not at all.
type PublicationNames interface {
	// PublicationArticle reports whether word, as written, is the
	// capitalized article that opens a publication's name ("The").
	PublicationArticle(word string) bool
	// PublicationHead reports whether a folded word (Token.Norm) ends a
	// publication's name (times, post, telegraph).
	PublicationHead(norm string) bool
}
