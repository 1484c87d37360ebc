package link

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/internal/doctest"
	"github.com/varlik/varlik/lang/tr"
)

// TestStateOfPart checks that Turkish İngiltere as a place links to the
// United Kingdom, inflected too, beside sport's ambiguous words further on,
// another part of the state named apart from it and the state's own name,
// and stays England as a team, before a sports word, listed with another
// of the state's parts, and where the text writes England.
func TestStateOfPart(t *testing.T) {
	x := New(gazetteer.Default())
	loc := annotation.Location
	for _, c := range []struct {
		text  string
		names []doctest.Name // the first is the one checked
		want  string
	}{
		{"İngiltere ekonomisi büyüdü.", []doctest.Name{{Text: "İngiltere", Type: loc}}, "Q145"},
		{"Başbakan İngiltere'nin sorununu çözecek.", []doctest.Name{{Text: "İngiltere", Type: loc}}, "Q145"},
		{"İngiltere'nin başkenti Londra'da yağmur var.", []doctest.Name{{Text: "İngiltere", Type: loc}, {Text: "Londra", Type: loc}}, "Q145"},
		{"İskoçya ekonomisi büyüdü.", []doctest.Name{{Text: "İskoçya", Type: loc}}, "Q22"},
		{"İngiltere milli takımı Galler'i yendi.", []doctest.Name{{Text: "İngiltere", Type: loc}}, "Q21"},
		{"İngiltere'de maç yağmur yüzünden ertelendi.", []doctest.Name{{Text: "İngiltere", Type: loc}}, "Q21"},
		{"İngiltere'de enflasyon 0,3 puan geriledi.", []doctest.Name{{Text: "İngiltere", Type: loc}}, "Q145"},
		{"İngiltere'de turizm sezonu erken başladı.", []doctest.Name{{Text: "İngiltere", Type: loc}}, "Q145"},
		{"İngiltere hükümeti, İskoçya'nın bağımsızlık referandumu talebini reddetti.",
			[]doctest.Name{{Text: "İngiltere", Type: loc}, {Text: "İskoçya", Type: loc}}, "Q145"},
		{"Birleşik Krallık Başbakanı, İngiltere'nin AB ile ilişkilerini anlattı.",
			[]doctest.Name{{Text: "İngiltere", Type: loc}, {Text: "Birleşik Krallık", Type: loc}}, "Q145"},
		{"İngiltere ve Galler'de nüfus sayımı yapıldı.", []doctest.Name{{Text: "İngiltere", Type: loc}, {Text: "Galler", Type: loc}}, "Q21"},
		{"Birleşik Krallık; İngiltere, İskoçya ve Galler'den oluşur.",
			[]doctest.Name{{Text: "İngiltere", Type: loc}, {Text: "Birleşik Krallık", Type: loc}, {Text: "İskoçya", Type: loc}, {Text: "Galler", Type: loc}}, "Q21"},
		{"Londra, England'ın başkentidir.", []doctest.Name{{Text: "England", Type: loc}, {Text: "Londra", Type: loc}}, "Q21"},
	} {
		doc := doctest.WithNames(t, c.text, c.names, tr.Turkish{})
		x.Link(doc, tr.Turkish{})
		var got string
		for _, e := range doc.Entities {
			if e.Text == c.names[0].Text {
				got = e.ID
				break
			}
		}
		if got != c.want {
			t.Errorf("%q: %s %s, want %s", c.text, c.names[0].Text, got, c.want)
		}
	}
	doc := doctest.WithNames(t, "İngiltere maçı 2-0 kazandı.", []doctest.Name{{Text: "İngiltere", Type: annotation.Organization}}, tr.Turkish{})
	x.Link(doc, tr.Turkish{})
	if got := doc.Entities[0].ID; got == "Q145" || got == "Q21" {
		t.Errorf("the team: %s, want a name ID", got)
	}
}
