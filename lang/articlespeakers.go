package lang

// ArticleSpeakers is implemented by a language whose verbs of saying and
// reporting take after the definite article an organization's one-word
// name but never a person's: "the Pentagon said", "the Advocate reports",
// "the Hill reported". The tagger reads such a word, which it seldom saw,
// as a surname or leaves it out.
type ArticleSpeakers interface {
	// OrganizationSpeaks reports whether a name between the folded words
	// before and after is an organization's: before the definite article,
	// after a verb of saying or reporting.
	OrganizationSpeaks(before, after string) bool
}
