package link

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/internal/doctest"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/tr"
)

// TestFacilityNamedAfterPerson checks that an airport or a stadium named
// after a person, whose head a translation may leave out, does not take
// the ID of the person it is named after in the same document, and that
// it still keys alike in Turkish and English (sentences written for the
// test).
func TestFacilityNamedAfterPerson(t *testing.T) {
	x := New(gazetteer.Default())
	for _, c := range []struct {
		l             lang.Language
		text          string
		place, person string
		placeType     annotation.Type
	}{
		{tr.Turkish{}, "Uçak Zeynep Kalkan Havalimanına indi. Havalimanına adını veren Zeynep Kalkan 1950'de doğdu.",
			"Zeynep Kalkan Havalimanına", "Zeynep Kalkan", annotation.Location},
		{en.English{}, "The plane landed at Mary Holloway Airport. Mary Holloway, after whom it is named, flew in 1930.",
			"Mary Holloway Airport", "Mary Holloway", annotation.Location},
		{en.English{}, "Fans filled Dale Brennan Stadium on Sunday. Dale Brennan scored twice there in 1975.",
			"Dale Brennan Stadium", "Dale Brennan", annotation.Organization},
	} {
		doc := doctest.WithNames(t, c.text, []doctest.Name{{Text: c.place, Type: c.placeType}, {Text: c.person, Type: annotation.Person}}, c.l)
		x.Link(doc, c.l)
		ids := map[string]string{}
		for _, e := range doc.Entities {
			ids[e.Text] = e.ID
		}
		if ids[c.place] == "" || ids[c.place] == ids[c.person] {
			t.Errorf("%s: %q and %q share %q", c.l.Code(), c.place, c.person, ids[c.place])
		}
	}
	if a, b := orgID(tr.Turkish{}, "Zeynep Kalkan Havalimanı"), orgID(en.English{}, "Zeynep Kalkan Airport"); a != b {
		t.Errorf("Zeynep Kalkan Havalimanı %q, Zeynep Kalkan Airport %q", a, b)
	}
}
