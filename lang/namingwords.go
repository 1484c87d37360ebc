package lang

// NamingWords is implemented by a language that joins a name to the noun
// it names with a word of its own (Turkish "Kırmızı Kayık adlı film",
// "X isimli şarkı": "the film called Kırmızı Kayık"): the noun after that
// word, not the name's look, says what the name is.
type NamingWords interface {
	// NamingWord reports whether a folded word (Token.Norm) right after
	// a name joins it to the noun it names.
	NamingWord(norm string) bool
	// NamedThing reports whether a folded word after a naming word, in
	// any of its forms, says the name is a thing's that news annotation
	// does not tag: a film, a song, a book ("X adlı filmde"). A thing
	// word right after a name (ThingNames) must be narrower: "X filmde"
	// is as often a person in the film.
	NamedThing(norm string) bool
}
