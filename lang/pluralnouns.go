package lang

// PluralNouns is implemented by a language that marks the plural of nouns
// with an ending (Turkish -lAr: Türkler, the Turks): a word in the plural
// names a group, seldom one person.
type PluralNouns interface {
	// PluralNoun reports whether a folded word (Token.Norm) ends as a
	// plural noun does.
	PluralNoun(norm string) bool
}

// Singulars is implemented by a language that can give a plural noun's
// singular by its ending (English -s: Americans, Sens), for word lists
// kept in the singular.
type Singulars interface {
	// Singular returns word, a folded word or a word as written, with
	// its plural ending taken off, or word itself.
	Singular(word string) string
}
