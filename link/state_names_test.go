package link

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/internal/doctest"
	"github.com/varlik/varlik/lang/tr"
)

// TestStateOfPart checks that Turkish İngiltere as a place links to the
// United Kingdom, inflected too, and as a team keeps England's name ID.
func TestStateOfPart(t *testing.T) {
	x := New(gazetteer.Default())
	link := func(text, name string, typ annotation.Type) string {
		doc := doctest.WithNames(t, text, []doctest.Name{{Text: name, Type: typ}}, tr.Turkish{})
		x.Link(doc, tr.Turkish{})
		return doc.Entities[0].ID
	}
	for _, c := range []struct {
		text, name string
		typ        annotation.Type
		want       string
	}{
		{"İngiltere ekonomisi büyüdü.", "İngiltere", annotation.Location, "Q145"},
		{"Başbakan İngiltere'nin sorununu çözecek.", "İngiltere", annotation.Location, "Q145"},
		{"İskoçya ekonomisi büyüdü.", "İskoçya", annotation.Location, "Q22"},
		{"İngiltere milli takımı Galler'i yendi.", "İngiltere", annotation.Location, "Q21"}, // the England team
		{"İngiltere'de maç yağmur yüzünden ertelendi.", "İngiltere", annotation.Location, "Q21"},
	} {
		if got := link(c.text, c.name, c.typ); got != c.want {
			t.Errorf("%q: %s, want %s", c.text, got, c.want)
		}
	}
	if got := link("İngiltere maçı 2-0 kazandı.", "İngiltere", annotation.Organization); got == "Q145" || got == "Q21" {
		t.Errorf("the team: %s, want a name ID", got)
	}
}
