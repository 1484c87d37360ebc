package lang

// LanguageNames is implemented by a language that can tell a language's
// name by its form or by the word after it (Turkish Çeçence, Sanskritçe,
// "Bats dili"): news annotation tags no language, while a tagger reads an
// unknown language's name, formed from a people's or a place's, as a
// place.
type LanguageNames interface {
	// LanguageName reports whether a folded word is, by its form, a
	// language's name in any of its forms.
	LanguageName(norm string) bool
	// LanguageWord reports whether a folded word right after a name, in
	// any of its forms, is the noun "language" that makes the name a
	// language's.
	LanguageWord(norm string) bool
}
