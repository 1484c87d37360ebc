package link

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/ru"
)

// TestSharedNamePlace checks that a place the document's language names
// alone gets the ID that another language's lookup takes for a name it
// shares there with a place of higher prior that the document's language
// does not name (Хиросима, the prefecture: Hiroshima, the city), and that
// it keeps its own where the document's language names both, where the
// other is no place, or where two others tie.
func TestSharedNamePlace(t *testing.T) {
	g := gazetteer.New(
		&gazetteer.Entry{ID: "loc:hiroshima-city", Type: gazetteer.Location, Prior: 0.55,
			Names: map[string][]string{"en": {"Hiroshima"}}},
		&gazetteer.Entry{ID: "loc:hiroshima-prefecture", Type: gazetteer.Location, Prior: 0.45,
			Names: map[string][]string{"en": {"Hiroshima"}, "ru": {"Хиросима"}}},
		&gazetteer.Entry{ID: "loc:georgia-state", Type: gazetteer.Location, Prior: 0.6,
			Names: map[string][]string{"en": {"Georgia"}, "ru": {"Джорджия"}}},
		&gazetteer.Entry{ID: "loc:georgia", Type: gazetteer.Location, Prior: 0.5,
			Names: map[string][]string{"en": {"Georgia"}, "ru": {"Грузия"}}},
		&gazetteer.Entry{ID: "org:sana", Type: gazetteer.Organization, Prior: 0.9,
			Names: map[string][]string{"en": {"Sana"}}},
		&gazetteer.Entry{ID: "loc:sana", Type: gazetteer.Location, Prior: 0.5,
			Names: map[string][]string{"en": {"Sana"}, "ru": {"Сана"}}},
		&gazetteer.Entry{ID: "loc:lima-a", Type: gazetteer.Location, Prior: 0.6,
			Names: map[string][]string{"en": {"Lima"}}},
		&gazetteer.Entry{ID: "loc:lima-b", Type: gazetteer.Location, Prior: 0.6,
			Names: map[string][]string{"en": {"Lima"}}},
		&gazetteer.Entry{ID: "loc:lima-c", Type: gazetteer.Location, Prior: 0.5,
			Names: map[string][]string{"en": {"Lima"}, "ru": {"Лима"}}})
	for _, tc := range []struct {
		l          lang.Language
		text, name string
		want       string
	}{
		{ru.Russian{}, "Бомбу сбросили на Хиросима.", "Хиросима", "loc:hiroshima-city"},
		{en.English{}, "The bomb fell on Hiroshima.", "Hiroshima", "loc:hiroshima-city"},
		{ru.Russian{}, "Он приехал в Грузия.", "Грузия", "loc:georgia"}, // Russian names the state otherwise
		{ru.Russian{}, "Он приехал в Сана.", "Сана", "loc:sana"},        // the other is no place
		{ru.Russian{}, "Он приехал в Лима.", "Лима", "loc:lima-c"},      // two others tie
	} {
		if e := linkedMention(t, g, tc.l, tc.text, tc.name, annotation.Location, ""); e.ID != tc.want {
			t.Errorf("%s in %q: %s, want %s", tc.name, tc.text, e.ID, tc.want)
		}
	}
}
