package lang

// ThingKinds is implemented by a language that writes the noun saying
// what kind of thing a name names before the name: a storm (Russian
// ураган Роза), or a measure, device or law named after a person (шкала
// Рихтера, счетчик Гейгера), which news annotation does not tag. The
// tagger reads such a name, often a given name or a surname, as a person.
// (ThingNames serves the languages that write the kind after the name.)
type ThingKinds interface {
	// KindBeforeThing reports whether a folded word (Token.Norm) right
	// before a name, or first in its mention, says the name is a thing's.
	KindBeforeThing(norm string) bool
	// KindBeforeTitle reports whether a folded word right before a quoted
	// name says the name is a work's title (a film, a song): unquoted, a
	// name after it is often the work's owner or maker.
	KindBeforeTitle(norm string) bool
}
