package link

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/gazetteer"
)

// TestPlaceNamesakeOrganizations checks that an organization named as a
// country or a continent (a national team) gets one name ID in every
// language, keyed on the place's English name, and not the place's ID;
// and that one named as a city keeps the key of its own name.
func TestPlaceNamesakeOrganizations(t *testing.T) {
	x := New(gazetteer.Default())
	for _, c := range []struct {
		what       string
		tr, en, ru [2]string // text, name
		want       string
	}{
		{"a country",
			[2]string{"Kupada ABD 3 puan aldı.", "ABD"}, [2]string{"In the cup, the U.S. took 3 points.", "U.S."}, [2]string{"В кубке США набрали 3 очка.", "США"},
			"name:ntd-st"}, // States read as its singular, the pivot of the glosses (see glossedWords)
		{"a continent, inflected in Russian",
			[2]string{"Avrupa kupayı kazandı.", "Avrupa"}, [2]string{"Europe won the cup.", "Europe"}, [2]string{"Победа Европы была полной.", "Европы"},
			"name:arp"},
		{"a city: the club's own name",
			[2]string{"Napoli maçı kazandı.", "Napoli"}, [2]string{"Napoli won the match.", "Napoli"}, [2]string{"Наполи выиграл матч.", "Наполи"},
			"name:npl"},
	} {
		a, b, r := organizationIDs(t, x, c.tr, c.en, c.ru)
		if a != c.want || b != c.want || r != c.want {
			t.Errorf("%s: IDs %q %q %q, want %q", c.what, a, b, r, c.want)
		}
		if !strings.HasPrefix(a, "name:") {
			t.Errorf("%s: %q is not a name ID", c.what, a)
		}
	}
}
