package lang

// FacilityHeads is implemented by a language that knows the head nouns of
// the names of built facilities and landmarks news annotation tags as
// places: bridges, towers, airports, stations, dams, ports, squares
// (lang/tr: Köprüsü, Kulesi, Havalimanı). Unlike a venue's or a palace's
// head, such a noun names no body that acts, so a name that ends in it is
// a place whatever type a tagger gave it (Fatih Sultan Mehmet Köprüsü is
// no person).
type FacilityHeads interface {
	// FacilityHead reports whether a folded word is such a head noun.
	FacilityHead(norm string) bool
	// LowerCaseFacilityHead reports whether a folded word is such a head
	// noun in text written in lower case too, where no capital tells the
	// name's head from a common noun after a name.
	LowerCaseFacilityHead(norm string) bool
}
