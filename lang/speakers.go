package lang

// Speakers is implemented by a language whose news names a speaker by one
// word before a verb of saying ("Waters said", `," Kavanaugh testified`):
// a surname alone, whose full name an earlier sentence gave, which a tagger
// that sees one sentence misses. The core asks the language which words
// are such verbs and which capitalized words before them are no name.
type Speakers interface {
	// SayingVerb reports whether a folded word (Token.Norm) is a verb of
	// saying that follows its subject: said, told, testified.
	SayingVerb(norm string) bool
	// NotSpeaker reports whether a folded capitalized word before such a
	// verb is no name: a pronoun, a day, or (opensSentence: where every
	// word is capitalized) a plural common noun (Sources say).
	NotSpeaker(norm string, opensSentence bool) bool
}
