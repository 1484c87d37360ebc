package lang

// Polities is implemented by a language that names a state by capitalized
// adjectives before a polity's head noun (Russian Российская империя,
// Тюркский каганат, Священная Римская империя, Великое княжество Литовское)
// and knows the names of the states of the past that the gazetteer, built
// from today's countries and cities, does not list (СССР, Советский Союз,
// Византия). Both are places (docs/annotation.md; the Universal NER
// guidelines: "geographical places"), which a tagger trained on silver
// labels reads as organizations (WikiNER-ru tags СССР so 91 times of 109)
// or people, or leaves out.
type Polities interface {
	// PolityHead reports whether a folded word is a case form of the head
	// noun of a polity's name (империя, каганат, княжество).
	PolityHead(norm string) bool
	// FormerState returns how many of norms, folded words from the first,
	// name a state of the past in any case (1 for Византии, 2 for
	// Советского Союза), or 0. norms is the caller's, reused after the
	// call: it is read during the call only.
	FormerState(norms []string) int
}

// PlaceNameHeads is implemented by a language that names landmarks and
// natural places by capitalized adjectives before a lower-case head noun
// (Russian Черное море, Эйфелева башня, Шипкинский перевал, Великая
// Китайская стена), which the tagger, trained on names that are mostly
// capitalized, stops before or types as a person's.
type PlaceNameHeads interface {
	// PlaceNameHead reports whether a folded word is a case form of such a
	// head noun.
	PlaceNameHead(norm string) bool
}
