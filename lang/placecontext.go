package lang

// PlaceContext is implemented by a language that can tell from the word
// before a name the tagger took for a person's that it names a place or a
// building: the kind of place in front of it (Russian церкви Св. Мартина,
// в отеле Роа Роа, в комплексе Грейсон Мьюз), which news annotation tags
// as a place.
type PlaceContext interface {
	// PlaceBefore reports whether the folded word before, right before a
	// name whose folded first word is first, makes the name a place's.
	PlaceBefore(before, first string) bool
}

// PlaceNameEndings is implemented by a language that borrows the words for
// streets and squares as endings joined to their names by a hyphen
// (Russian Джон-стрит, Трафальгар-сквер): a capitalized word with one
// names a place.
type PlaceNameEndings interface {
	// EndsPlaceName reports whether a folded word ends in such an ending.
	EndsPlaceName(norm string) bool
}

// PlaceNounsAfter is implemented by a language that names the kind of a
// place after its name, in a compound whose noun takes the possessive
// ending (Turkish "Köln kentinde", "Four Corners bölgesine"): the noun says
// that the name is the place's, whatever club or person shares it.
type PlaceNounsAfter interface {
	// PlaceNounAfter reports whether a folded lower-case word right after
	// a name is such a noun of a settlement or a region.
	PlaceNounAfter(norm string) bool
	// FacilityNounAfter reports whether a folded lower-case word right
	// after a name is such a noun of a building or a facility (Turkish
	// "Long Lartin hapishanesi"), whose name may also be its owner's
	// ("Fenerbahçe stadında", the club's stadium).
	FacilityNounAfter(norm string) bool
}
