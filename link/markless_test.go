package link

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/internal/doctest"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/ru"
	"github.com/varlik/varlik/lang/tr"
)

// TestDefaultMarkless checks that markless.tsv lists the default
// gazetteer's names with marks (go generate ./link rewrites it), and that
// a look-up finds a name's entry by it.
func TestDefaultMarkless(t *testing.T) {
	if generated(t, "markless.tsv", marklessTSV, formatMarkless(gazetteer.Default())) {
		return
	}
	if got := marklessIDs(gazetteer.Location, "bogota"); len(got) == 0 {
		t.Errorf("bogota: no entry")
	}
	if got := marklessIDs(gazetteer.Location, "zzzz"); got != nil {
		t.Errorf("an unknown name found %v", got)
	}
}

// TestMarklessFold checks that marks of Latin letters are left out and
// Cyrillic letters keep theirs.
func TestMarklessFold(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Bogotá", "bogota"},
		{"Curaçao", "curacao"},
		{"Tromsø", "tromso"},
		{"Łódź", "lodz"},
		{"İzmir Körfezi", "izmir korfezi"},
		{"Йошкар-Ола", "йошкар-ола"},
		{"Семёнов", "семёнов"},
	} {
		if got := marklessFold(c.in); got != c.want {
			t.Errorf("marklessFold(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestMarklessEntry checks that a place news writes without the marks of
// the gazetteer's only name for it takes its ID in English and Turkish, as
// its Russian name does, and that a person or a name with marks of its
// own is left to the other look-ups (sentences written for the test; the
// places are the default gazetteer's).
func TestMarklessEntry(t *testing.T) {
	x := New(gazetteer.Default())
	bogota := uniqueEntry(gazetteer.Default(), "Богота", annotation.Location, "ru")
	if bogota == "" {
		t.Fatal("Богота: not in the default gazetteer")
	}
	for _, c := range []struct {
		l          lang.Language
		text, name string
		typ        annotation.Type
		want       string // "" for a name ID
	}{
		{en.English{}, "Rain fell in Bogota on Monday.", "Bogota", annotation.Location, bogota},
		{tr.Turkish{}, "Yağmur Bogota kentine yağdı.", "Bogota", annotation.Location, bogota},
		{ru.Russian{}, "Богота приняла гостей.", "Богота", annotation.Location, bogota},
		{en.English{}, "Bogota said he would come.", "Bogota", annotation.Person, ""},
	} {
		doc := doctest.WithNames(t, c.text, []doctest.Name{{Text: c.name, Type: c.typ}}, c.l)
		x.Link(doc, c.l)
		got := doc.Entities[0].ID
		if c.want == "" && !strings.HasPrefix(got, "name:") || c.want != "" && got != c.want {
			t.Errorf("%s %s %q: ID %q, want %q", c.l.Code(), c.typ, c.name, got, c.want)
		}
	}
}
