package link

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/internal/doctest"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/ru"
	"github.com/varlik/varlik/lang/tr"
)

// TestInflectedEntry checks that a Russian mention in a case the citation
// form leaves as it is gets the entry the matcher finds through its
// stems, of the mention's type and for the whole mention only, and that a
// person, a longer mention and a language whose names take suffixes get
// none from it.
func TestInflectedEntry(t *testing.T) {
	g := gazetteer.Default()
	for _, tc := range []struct {
		l    lang.Language
		text string
		name string
		typ  annotation.Type
		want string
	}{
		{ru.Russian{}, "Он написал об этом в Инстаграме.", "Инстаграме", annotation.Organization, "varlik:org:instagram"},
		{ru.Russian{}, "Он написал об этом в Твиттере.", "Твиттере", annotation.Organization, "varlik:org:twitter"},
		{ru.Russian{}, "Он написал об этом в Инстаграме.", "Инстаграме", annotation.Location, ""},
		{ru.Russian{}, "Он написал об этом в Инстаграме.", "Инстаграме", annotation.Person, ""},
		{ru.Russian{}, "Он написал об этом в Инстаграме Дурова.", "Инстаграме Дурова", annotation.Organization, ""},
		{tr.Turkish{}, "Bunu Instagramda yazdı.", "Instagramda", annotation.Organization, ""},
	} {
		doc := doctest.WithNames(t, tc.text, []doctest.Name{{Text: tc.name, Type: tc.typ}}, tc.l)
		lk := linker{doc: doc, l: tc.l}
		if got := lk.inflectedEntry(g, 0, tc.typ); got != tc.want {
			t.Errorf("%s %q as %s: %q, want %q", tc.l.Code(), tc.name, tc.typ, got, tc.want)
		}
	}
}

// TestInflectedEntryLinks checks that Link gives the entry's ID to such a
// mention.
func TestInflectedEntryLinks(t *testing.T) {
	x := New(gazetteer.Default())
	doc := doctest.WithNames(t, "Он написал об этом в Инстаграме.", []doctest.Name{{Text: "Инстаграме", Type: annotation.Organization}}, ru.Russian{})
	x.Link(doc, ru.Russian{})
	if got := doc.Entities[0].ID; got != "varlik:org:instagram" {
		t.Errorf("Инстаграме: ID %q, want varlik:org:instagram", got)
	}
}
