package lang

// PersonTitles is implemented by a language that knows more titles and
// roles written before a person's name (Turkish Peder, Kaptan, Şansölye,
// Dedektif) than the PersonTitle and PersonRole cues of its NameCues. The
// cues are features of the shipped models, which a longer list would
// silently change; these words serve only the rules that run after the
// model (recognize: a title cut off the front of a person's mention).
type PersonTitles interface {
	// TitleBeforeName reports whether a folded word (Token.Norm) is a title
	// or role written before a person's name.
	TitleBeforeName(norm string) bool
}
