package lang

// PluralNouns is implemented by a language that marks the plural of nouns
// with an ending (Turkish -lAr: Türkler, the Turks): a word in the plural
// names a group, seldom one person.
type PluralNouns interface {
	// PluralNoun reports whether a folded word (Token.Norm) ends as a
	// plural noun does.
	PluralNoun(norm string) bool
}
