package lang

// ReportingVerbs is implemented by a language that knows the verbs whose
// subject is a newspaper, a channel or an agency (English reported,
// quoted, published) and writes a definite article before such names
// ("the Hill reported").
type ReportingVerbs interface {
	// ReportingVerb reports whether a folded word (Token.Norm) is such a
	// verb.
	ReportingVerb(norm string) bool
	DefiniteArticles
}
