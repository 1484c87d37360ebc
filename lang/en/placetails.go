package en

// PlaceTailNoun reports whether norm is a place's kind written after its
// name as a part of it (lang.PlaceTailNouns): bay, strip, island. Left out
// because news annotation leaves them outside the name when written in
// lower case: peninsula (the Baja California peninsula), river, valley,
// coast, region, area.
func (English) PlaceTailNoun(norm string) bool {
	switch norm {
	case "bay", "strip", "island":
		return true
	}
	return false
}
