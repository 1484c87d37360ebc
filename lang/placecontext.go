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
