package lang

// ClosingSayings is implemented by a language that puts the verb of saying
// at the end of the sentence whose subject it opens (Turkish "Kovac, ...
// dedi."), and knows the verbs news uses there of a person more than of
// an organization (dedi, söyledi; not bildirdi, açıkladı, which bodies
// do as often).
type ClosingSayings interface {
	// PersonSaying reports whether a folded word closing a sentence is
	// such a verb.
	PersonSaying(norm string) bool
}
