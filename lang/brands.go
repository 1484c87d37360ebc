package lang

// BrandPossessives is implemented by a language that has no possessive
// ending of its own like English 's, so that a name written with one in
// its texts is a brand that keeps it from English: a company, a store or a
// maker (Turkish "Sainsbury 's mağazaları", "McDonald's restoranı"), which
// a tagger trained on the language's own names takes for a person or
// misses.
type BrandPossessives interface {
	// BrandPossessive reports whether a folded token (Token.Norm) right
	// after a name is such a borrowed possessive ending.
	BrandPossessive(norm string) bool
}
