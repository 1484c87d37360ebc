package lang

// PersonPossessions is implemented by a language that writes what a
// person has after the name's possessive ending: "Kavanaugh 's
// nomination", "West 's rant", "Arafat 's legacy". A tagger that never
// saw the surname reads it as a place.
type PersonPossessions interface {
	// OwnedByPerson reports whether suffix, a possessive token right after
	// a name, and the folded word after it (Token.Norm) make the name a
	// person's.
	OwnedByPerson(suffix, norm string) bool
}
