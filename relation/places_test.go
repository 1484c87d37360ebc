package relation

import (
	"testing"

	"github.com/varlik/varlik/annotation"
)

// fakePlaces is a gazetteer of a few places, and a cycle of parents that
// bad data could hold.
type fakePlaces map[string]Place

func (f fakePlaces) Place(id string) (Place, bool) {
	p, ok := f[id]
	return p, ok
}

var testPlaces = fakePlaces{
	"country":  {Subtype: "country"},
	"other":    {Subtype: "country"},
	"region":   {Country: "country", Subtype: "region"},
	"town":     {Parent: "region", Country: "country", Subtype: "city"},
	"district": {Parent: "town", Subtype: "district"},
	"loopA":    {Parent: "loopB", Subtype: "region"},
	"loopB":    {Parent: "loopA", Subtype: "region"},
}

func TestWithin(t *testing.T) {
	tests := []struct {
		inner, outer string
		want         bool
	}{
		{"town", "region", true},
		{"town", "country", true},
		{"district", "country", true}, // through the town's parent and its country
		{"region", "town", false},
		{"town", "other", false},
		{"town", "town", false},
		{"unknown", "country", false},
		{"loopA", "country", false}, // a cycle ends
		{"", "country", false},
	}
	for _, tt := range tests {
		if got := within(testPlaces, tt.inner, tt.outer); got != tt.want {
			t.Errorf("within(%s, %s) = %v, want %v", tt.inner, tt.outer, got, tt.want)
		}
	}
	if within(nil, "town", "region") {
		t.Error("within with no places = true")
	}
}

func TestPlacesAgree(t *testing.T) {
	doc := &annotation.Document{Entities: []annotation.Entity{
		{ID: "town"}, {ID: "region"}, {ID: "country"}, {ID: "other"}, {ID: "name:x"},
	}}
	const town, region, country, other, unknown = 0, 1, 2, 3, 4
	located := func(k Knowledge) *Pattern { return &Pattern{Rel: annotation.LocatedIn, Known: k} }
	tests := []struct {
		k    Knowledge
		s, o int
		want bool
	}{
		{Stated, town, region, true},
		{Stated, country, other, false}, // a country in another country: refused
		{KnownWithin, town, region, true},
		{KnownWithin, region, town, false},
		{KnownWithin, unknown, country, false},
		{KnownWithinOrCountry, unknown, country, true},
		{KnownWithinOrCountry, unknown, region, false},
		{KnownWithinOrCountry, other, country, false},
		{KnownTownWithin, town, country, true},
		{KnownTownWithin, region, country, false},
	}
	for _, tt := range tests {
		if got := placesAgree(testPlaces, doc, located(tt.k), tt.s, tt.o); got != tt.want {
			t.Errorf("placesAgree(%v, %s, %s) = %v, want %v", tt.k, doc.Entities[tt.s].ID, doc.Entities[tt.o].ID, got, tt.want)
		}
	}
	if placesAgree(nil, doc, located(KnownWithin), town, region) {
		t.Error("a Known pattern held with no places")
	}
	if !placesAgree(nil, doc, located(Stated), country, other) {
		t.Error("with no places, a stated LOCATED_IN was refused")
	}
	if placesAgree(testPlaces, doc, &Pattern{Rel: annotation.Role, Known: KnownWithin}, town, -1) {
		t.Error("a Known pattern of another type held")
	}
}
