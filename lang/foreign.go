package lang

// ForeignScriptNames is implemented by a language whose news writes the
// names of people and places in its own script, transliterated (Russian
// Джонсон, Лондон), while companies, brands and media often keep their
// own spelling in another script (Revlon, ITV, YouTube): there a
// capitalized name written wholly in another script is an organization's
// more often than not.
type ForeignScriptNames interface {
	// ForeignScript reports whether word holds letters and all of them
	// are outside the language's own script.
	ForeignScript(word string) bool
}
