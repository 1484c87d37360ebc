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

// SpeakerAdverbs is implemented by a language of Speakers whose news puts
// an adverb, a negation or an auxiliary between a speaker's name and the
// verb of saying ("West has previously said", "Гайлз также добавил", "Ри
// не упомянул"): the verb is looked for past up to two such words.
type SpeakerAdverbs interface {
	// SpeakerAdverb reports whether a folded word (Token.Norm) may stand
	// between a speaker's name and the verb: a closed-class adverb, a
	// negation, an auxiliary.
	SpeakerAdverb(norm string) bool
}

// PastTenseVerbs is implemented by a language of Speakers that tells a
// verb in the past tense by its form (English -ed): a capitalized word
// that opens a sentence and is no dictionary word (lang.DictionaryWords)
// before such a verb is taken for a person's name as before a verb of
// saying (Climo converted), where the capital says nothing of the word but
// the dictionary does. A language that tells its opening subjects by the
// word's own form as well (lang.PersonContext, lang.OpeningSubjects:
// Russian) has them there, not here.
type PastTenseVerbs interface {
	// PastTenseVerb reports whether a folded word (Token.Norm) is a verb
	// in the past tense of a singular subject.
	PastTenseVerb(norm string) bool
}

// QuoteSpeakers is implemented by a language whose news opens a sentence
// with the speaker's name, a comma or a colon, and the quotation
// (Turkish `Sumbung, "Maalesef ..." dedi`, `Oriol: "Avrupa'daki ..."`),
// the verb of saying at the sentence's end, far from the name: such an
// opening word is a person's name.
type QuoteSpeakers interface {
	// SpeakerOpensQuote reports whether a folded capitalized word opening a
	// sentence before a comma or a colon and a quotation may be its
	// speaker's name: not a sentence adverb or a conjunction (Ancak,
	// "..."), nor a pronoun.
	SpeakerOpensQuote(norm string) bool
}
