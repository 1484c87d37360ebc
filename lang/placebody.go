package lang

// PlacesInBodies is implemented by a language in which a place written
// right before an organization's name, with nothing between them, is a
// word of that name: Turkish news annotation tags "Ankara Büyükşehir
// Belediyesi", "ABD Dışişleri Bakanlığı" and "Colorado Rockies" whole.
// English is not one: its guideline tags "US National Cancer Institute"
// as a place and a body.
type PlacesInBodies interface {
	// PlaceInBodyName reports whether a place right before an
	// organization's name is part of it (implementations return true).
	PlaceInBodyName() bool
}
