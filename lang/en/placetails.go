package en

// PlaceTailNoun reports whether norm is a place's kind written after its
// name as a part of it (lang.PlaceTailNouns): bay, strip, island, unless
// "of" follows, which names another place (the Caribbean island of
// Aruba). Left out because news annotation leaves them outside the name
// when written in lower case: peninsula (the Baja California peninsula),
// river, valley, coast, region, area.
func (English) PlaceTailNoun(norm, next string) bool {
	switch norm {
	case "bay", "strip", "island":
		return next != "of"
	}
	return false
}
