package link

import (
	"testing"

	"github.com/varlik/varlik/gazetteer"
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
