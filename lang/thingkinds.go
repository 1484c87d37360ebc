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
}
