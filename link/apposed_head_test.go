package link

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/internal/doctest"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/ru"
	"github.com/varlik/varlik/lang/tr"
)

// TestApposedHead checks that an organization's lower-case trailing word
// is left out of its name ID in a language that writes the heads of
// names capitalized, so that it keys as the name another language writes
// bare, and kept in Russian, whose names end in lower-case heads, and in
// a place's name (sentences written for the test).
func TestApposedHead(t *testing.T) {
	x := New(gazetteer.Default())
	for _, c := range []struct {
		l          lang.Language
		text, name string
		typ        annotation.Type
		same       string // a name whose ID the mention's must equal, in l
		differs    bool   // whether it must differ instead
	}{
		{tr.Turkish{}, "Maçı Kelvory takımı kazandı.", "Kelvory takımı", annotation.Organization, "Kelvory", false},
		{en.English{}, "The Kelvory club won the match.", "Kelvory club", annotation.Organization, "Kelvory", false},
		{tr.Turkish{}, "Kelvory Derneği açıklama yaptı.", "Kelvory Derneği", annotation.Organization, "Kelvory", true},
		{ru.Russian{}, "Верховный суд вынес решение.", "Верховный суд", annotation.Organization, "Верховный", true},
		{tr.Turkish{}, "Gemi Valdor yarımadası açıklarında battı.", "Valdor yarımadası", annotation.Location, "Valdor", true},
	} {
		doc := doctest.WithNames(t, c.text, []doctest.Name{{Text: c.name, Type: c.typ}}, c.l)
		x.Link(doc, c.l)
		got := doc.Entities[0].ID
		bare := nameIDOf(t, x, c.l, c.same, c.typ)
		if (got == bare) == c.differs {
			t.Errorf("%s %q: ID %q, %q's %q: want them %s", c.l.Code(), c.name, got, c.same, bare, map[bool]string{true: "different", false: "equal"}[c.differs])
		}
	}
}

// nameIDOf returns the ID Link gives name, of type typ, alone in a
// sentence of l.
func nameIDOf(t *testing.T, x *Linker, l lang.Language, name string, typ annotation.Type) string {
	t.Helper()
	doc := doctest.WithNames(t, name+" .", []doctest.Name{{Text: name, Type: typ}}, l)
	x.Link(doc, l)
	return doc.Entities[0].ID
}
