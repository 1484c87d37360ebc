package lang

// Polities is implemented by a language that names a state by capitalized
// adjectives before a polity's head noun (Russian Российская империя,
// Тюркский каганат, Священная Римская империя, Великое княжество
// Литовское): a place (docs/annotation.md; the Universal NER guidelines:
// "geographical places"), which a tagger trained on silver labels reads
// as an organization or a person, or leaves out. The core makes places of
// the states of the past that the gazetteer lists (СССР, Советский Союз,
// Византия) in such a language too.
type Polities interface {
	// PolityHead reports whether a folded word is a case form of the head
	// noun of a polity's name (империя, каганат, княжество).
	PolityHead(norm string) bool
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
