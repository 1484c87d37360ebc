package link

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/internal/doctest"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/ru"
)

// TestPostalRegionEntry checks that a state's or a province's postal code
// finds the region, not a place or a country of the region's name, and
// that other words and languages that know no codes find nothing.
func TestPostalRegionEntry(t *testing.T) {
	g := gazetteer.Default()
	for _, tc := range []struct {
		l    lang.Language
		text string
		want string
	}{
		{en.English{}, "AZ", "Q816"},  // Arizona
		{en.English{}, "GA", "Q1428"}, // the state, not the country Georgia
		{en.English{}, "NY", "Q1384"}, // the state, not the city
		{en.English{}, "QC", "Q176"},  // Quebec
		{en.English{}, "UK", ""},
		{en.English{}, "Az", ""},
		{ru.Russian{}, "AZ", ""},
	} {
		if got := postalRegionEntry(g, tc.l, tc.text); got != tc.want {
			t.Errorf("%s %q: %q, want %q", tc.l.Code(), tc.text, got, tc.want)
		}
	}
}

// TestPostalCodeNeedsItsTown checks that linking gives a code the state's
// ID only where it follows a place and a comma, as an address writes it:
// alone, LA is Los Angeles as often as Louisiana, and WA Western
// Australia.
func TestPostalCodeNeedsItsTown(t *testing.T) {
	x := New(gazetteer.Default())
	for _, tc := range []struct {
		text, code string
		state      string // the state's ID
		linked     bool   // whether the code gets it
	}{
		{"The fire reached Phoenix, AZ, on Monday.", "AZ", "Q816", true},
		{"Police in LA said the road was closed.", "LA", "Q1588", false},
		{"WA Premier Mark McGowan spoke.", "WA", "Q1223", false},
	} {
		names := []doctest.Name{{Text: "Phoenix", Type: annotation.Location}, {Text: tc.code, Type: annotation.Location}}
		doc := doctest.WithNames(t, tc.text, names, en.English{})
		x.Link(doc, en.English{})
		for _, e := range doc.Entities {
			if e.Text == tc.code && (e.ID == tc.state) != tc.linked {
				t.Errorf("%q: %s has ID %q; the state's (%s): %v, want %v", tc.text, tc.code, e.ID, tc.state, !tc.linked, tc.linked)
			}
		}
	}
}
