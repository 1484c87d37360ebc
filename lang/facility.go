package lang

// FacilityHeads is implemented by a language that ends the names of
// buildings, grounds and other facilities with a capitalized head noun
// (Turkish "Etihad Stadyumu", "Dolmabahçe Sarayı", "Esenboğa Havalimanı"):
// a tagger that never saw the words before the head misses the name, or
// takes the person it is named after for the whole (İnönü Stadı).
type FacilityHeads interface {
	// EndsFacility reports whether a folded word (Token.Norm) is such a
	// head noun, in any of its forms.
	EndsFacility(norm string) bool
}
