package lang

// ClosedClassWords is implemented by a language that lists its function
// words (pronouns, articles, prepositions, auxiliaries). In a sentence
// written in capitals only, a one-word name that is one of them is the
// word, not the acronym it spells there (WHO, IT, AM).
type ClosedClassWords interface {
	// ClosedClass reports whether a folded word (Token.Norm) is a
	// function word.
	ClosedClass(norm string) bool
}
