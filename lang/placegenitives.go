package lang

// PlaceGenitives is implemented by a language whose places' names decline
// and whose bodies' names go on with a place in the genitive (lang/ru:
// "Министерство обороны Великобритании"): recognize joins a place to the
// body before it only where the place's words may be a genitive, for a
// place in another case after a body is no part of its name but of the
// clause ("Международный валютный фонд Аргентине выделит").
type PlaceGenitives interface {
	// NotGenitive reports whether norm, a folded word of a place's name,
	// ends in a case ending that no genitive has; last tells whether it
	// is the name's last word (a word before it may be an adjective,
	// whose genitive ends as other cases of nouns do).
	NotGenitive(norm string, last bool) bool
	// Declines reports whether name, a place's name in the nominative as
	// the gazetteer writes it, ends as a declining noun does: written so,
	// it is no genitive. Acronyms are the caller's to tell.
	Declines(name string) bool
}
