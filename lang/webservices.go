package lang

// WebServices is implemented by a language that writes the names of the
// web's services (social networks, messengers, video and search sites) in
// its own script and inflects them like its nouns (Russian "в Твиттере",
// "в Инстаграме"). A tagger trained on the language's news reads such a
// name after "in" as a place; the annotation guideline types the service
// as an organization, a company's as Twitter written in Latin letters is.
type WebServices interface {
	// WebService reports whether a folded word (Token.Norm), in any of
	// its case forms, names a web service.
	WebService(norm string) bool
}
