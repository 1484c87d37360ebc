package lang

// PostalRegions is implemented by a language whose addresses write the
// state or province after a town as a postal code of capitals (English
// "Chillicothe, OH", "Baltimore, MD 21202"): after a place and a comma,
// such a code is the region the place is in.
type PostalRegions interface {
	// PostalRegion reports whether a word, as written, is such a code.
	PostalRegion(word string) bool
}

// PostalRegionNames is implemented by a language of PostalRegions that
// knows the regions its postal codes stand for: news writes a state by its
// code where a translation writes its name (Phoenix, AZ; Финикс, Аризона).
type PostalRegionNames interface {
	// PostalRegionName returns the name, as the language writes it, and
	// the ISO 3166-2 code of the region a word, as written, is the
	// postal code of (AZ: Arizona, US-AZ), or "", "" when it is none.
	PostalRegionName(word string) (name, iso string)
}
