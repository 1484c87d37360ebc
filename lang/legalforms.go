package lang

// LegalForms is implemented by a language whose business news ends
// companies' names with their legal forms (English Inc, Plc, AG, SA, NV):
// a name that ends in one is a company's, whatever its other words are (a
// town, a family name), where a tagger reads the town or the family.
type LegalForms interface {
	// LegalForm reports whether a word, as written, is a company's legal
	// form.
	LegalForm(word string) bool
}
