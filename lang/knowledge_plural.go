package lang

// PluralVerbs is implemented by a language whose present-tense verbs agree
// in number with their subject, and which writes a team or a body with a
// plural verb though its name is singular (British English: "Livingston
// climb to third", "Ayr go top"). A person or a place takes a singular
// verb, so a singular name that a plural-only verb form follows names a
// group of people: a club the tagger read as its town or as a person.
type PluralVerbs interface {
	// PluralOnly reports whether a folded word (Token.Norm) is a verb form
	// that agrees only with a plural subject (have, are, climb).
	PluralOnly(norm string) bool
}
