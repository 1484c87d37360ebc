package lang

// ThingNames is implemented by a language that knows the words which,
// right after a name, show that it names a thing news annotation does not
// tag as a person, place or organization: a storm, a film, a series, a
// song, an album, a book, an event, a word (Turkish "Rosa kasırgası",
// "Johnny English filmi", "El Clon dizisinde"). A tagger reads such a
// name, often a given name or a foreign word, as a person.
type ThingNames interface {
	// NamesThing reports whether a folded word (Token.Norm) that directly
	// follows a name makes the name a thing's.
	NamesThing(norm string) bool
}
