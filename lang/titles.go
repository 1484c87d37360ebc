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

// OfficeTitles is implemented by a language that knows the titles of a
// monarch's or a pope's office news annotation keeps outside the name even
// where a gazetteer writes them in it (Papa Francesco, Queen Elizabeth
// II, Папа Франциск: the gazetteer needs the title to key a given name
// alone, the mention does not take it). Titles that are parts of
// names (Lady Gaga, Sheikh Hasina, Sultan as a given name) are not among
// them.
type OfficeTitles interface {
	// OfficeTitle reports whether a folded word (Token.Norm) is such a
	// title.
	OfficeTitle(norm string) bool
}
