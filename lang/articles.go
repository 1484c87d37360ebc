package lang

// DefiniteArticles is implemented by a language that writes a definite
// article before names of some kinds and not before people's (English
// "the Rockies", "the Advocate", but not "the Smith"), so that a name
// after it that acts as a team or a paper is no person's.
type DefiniteArticles interface {
	// DefiniteArticle reports whether a word, as written, is the
	// definite article.
	DefiniteArticle(word string) bool
}
