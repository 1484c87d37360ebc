package recognize

import "github.com/varlik/varlik/gazetteer"

// gazetteerKnows reports whether g (nil: no gazetteer) has an entry named
// name, in any language, that is reports true of: the one question the
// rules ask of the gazetteer about a name (a town? a place of any kind? a
// club?).
func gazetteerKnows(g *gazetteer.Gazetteer, name string, is func(*gazetteer.Entry) bool) bool {
	if g == nil {
		return false
	}
	for _, e := range g.Lookup(name, "") {
		if is(e) {
			return true
		}
	}
	return false
}

// isPlace reports whether e is a place of any kind.
func isPlace(e *gazetteer.Entry) bool { return e.Type == gazetteer.Location }

// isOrganization reports whether e is an organization of any kind.
func isOrganization(e *gazetteer.Entry) bool { return e.Type == gazetteer.Organization }

// isClub reports whether e is a sports club.
func isClub(e *gazetteer.Entry) bool {
	return e.Type == gazetteer.Organization && e.Subtype == "club"
}
