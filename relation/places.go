package relation

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
)

// Place is what is known of where a place lies.
type Place struct {
	Parent  string // ID of the place it lies in directly; "" where unknown
	Country string // ID of its country; "" for a country, or where unknown
	Subtype string // the gazetteer's kind of place: country, region, city, ...
}

// Places tells where the places that entity IDs name lie: the world
// knowledge that the patterns marked Known check (see Pattern.Known). The
// entity façade gives Extract the gazetteer's (GazetteerPlaces).
type Places interface {
	// Place returns what is known of the place with ID id; false when
	// nothing is (a name ID, an ID of no place).
	Place(id string) (Place, bool)
}

// GazetteerPlaces returns the places of g: an entry of type Location, its
// parent and country attributes and its subtype.
func GazetteerPlaces(g *gazetteer.Gazetteer) Places { return gazetteerPlaces{g} }

type gazetteerPlaces struct{ g *gazetteer.Gazetteer }

func (p gazetteerPlaces) Place(id string) (Place, bool) {
	if p.g == nil || id == "" {
		return Place{}, false
	}
	e := p.g.ByID(id)
	if e == nil || e.Type != gazetteer.Location {
		return Place{}, false
	}
	return Place{Parent: e.Attrs["parent"], Country: e.Attrs["country"], Subtype: e.Subtype}, true
}

// The subtypes that placement reads.
const (
	subtypeCountry  = "country"
	subtypeCity     = "city"
	subtypeCapital  = "capital"
	subtypeDistrict = "district"
)

// maxPlaceDepth bounds the walk up a chain of parents: a district, a city,
// a province, a region, a country is five; a cycle in the data stops here.
const maxPlaceDepth = 8

// within reports whether the place with ID inner lies in the one with ID
// outer by the chain of its parents and their countries.
func within(places Places, inner, outer string) bool {
	if places == nil || inner == "" || outer == "" || inner == outer {
		return false
	}
	id := inner
	for range maxPlaceDepth {
		p, ok := places.Place(id)
		if !ok {
			return false
		}
		if p.Parent == outer || p.Country == outer {
			return true
		}
		if p.Parent == "" || p.Parent == id {
			return false
		}
		id = p.Parent
	}
	return false
}

// isCountry reports whether the place with ID id is a country.
func isCountry(places Places, id string) bool {
	if places == nil {
		return false
	}
	p, ok := places.Place(id)
	return ok && p.Subtype == subtypeCountry
}

// isUnknownPlace reports whether nothing is known of the place with ID id.
func isUnknownPlace(places Places, id string) bool {
	if places == nil {
		return false
	}
	_, ok := places.Place(id)
	return !ok
}

// placesAgree reports whether what places knows lets a match of pat
// relate entities s and o (o < 0: none): a Known pattern needs its
// knowledge (see Knowledge), and no LOCATED_IN puts a country in another
// country.
func placesAgree(places Places, doc *annotation.Document, pat *Pattern, s, o int) bool {
	if pat.Rel != annotation.LocatedIn {
		return pat.Known == Stated
	}
	if o < 0 {
		return pat.Known == Stated
	}
	inner, outer := doc.Entities[s].ID, doc.Entities[o].ID
	if isCountry(places, inner) && isCountry(places, outer) {
		return false
	}
	switch pat.Known {
	case KnownWithin:
		return within(places, inner, outer)
	case KnownWithinOrCountry:
		return within(places, inner, outer) || (isUnknownPlace(places, inner) && isCountry(places, outer))
	case KnownTownWithin:
		return isTown(places, inner) && within(places, inner, outer)
	}
	return true
}

// isTown reports whether the place with ID id is a town: a city, a
// capital or a district.
func isTown(places Places, id string) bool {
	if places == nil {
		return false
	}
	p, ok := places.Place(id)
	return ok && (p.Subtype == subtypeCity || p.Subtype == subtypeCapital || p.Subtype == subtypeDistrict)
}
