package tr

// PlaceInBodyName reports that a place right before an organization's name
// is part of it (lang.PlacesInBodies: "Ankara Büyükşehir Belediyesi").
func (Turkish) PlaceInBodyName() bool { return true }
