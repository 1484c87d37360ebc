package lang

// PostalRegions is implemented by a language whose addresses write the
// state or province after a town as a postal code of capitals (English
// "Chillicothe, OH", "Baltimore, MD 21202"): after a place and a comma,
// such a code is the region the place is in.
type PostalRegions interface {
	// PostalRegion reports whether a word, as written, is such a code.
	PostalRegion(word string) bool
}
