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

// ColorNicknames is implemented by a language whose sports reports call a
// club by its colours as a capitalized plural (Turkish Maviler for Chelsea,
// Gök Maviler for Manchester City, Sarı-Kırmızılılar for Galatasaray),
// which a tagger reads as a person or leaves out.
type ColorNicknames interface {
	// ColorNickname reports whether the folded capitalized words of a run
	// (Token.Norm, in order: "gök", "mavilerin") are such a nickname, the
	// last one inflected or not.
	ColorNickname(norms []string) bool
}
