package lang

// TeamNicknames is implemented by a language whose teams go by a plural
// nickname after the definite article (English "the Rockies", "the
// Nationals"), which a tagger leaves out or reads as a range of mountains.
type TeamNicknames interface {
	DefiniteArticles
	// PluralNickname reports whether a capitalized word, as written, may
	// be a team's plural nickname.
	PluralNickname(word string) bool
}
