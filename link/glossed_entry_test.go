package link

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/internal/doctest"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/ru"
	"github.com/varlik/varlik/lang/tr"
)

// TestGlossedEntry checks that a place or an organization the gazetteer
// knows by its English name only is found where the document's language
// translates its generic words and spells the rest, and that a name of
// generic words alone, or one whose own words English does not name so,
// keeps its name ID.
func TestGlossedEntry(t *testing.T) {
	x := New(gazetteer.Default())
	for _, c := range []struct {
		l          lang.Language
		text, name string
		typ        annotation.Type
		want       string // "" for a name ID
	}{
		{tr.Turkish{}, "Fırtına dün New York Şehrine ulaştı.", "New York Şehrine", annotation.Location, "geonames:5128581"},
		{tr.Turkish{}, "Kansas Şehrinde seçim yapıldı.", "Kansas Şehrinde", annotation.Location, "geonames:4393217"}, // Missouri's, the higher prior
		{ru.Russian{}, "Закон приняла Национальная ассамблея.", "Национальная ассамблея", annotation.Organization, ""},
		// a word of its own the gazetteer knows, read as the entry's English name
		{tr.Turkish{}, "Karar BM Genel Meclisinde oylandı.", "BM Genel Meclisinde", annotation.Organization, "Q47423"},
		{tr.Turkish{}, "Yasa Ulusal Mecliste kabul edildi.", "Ulusal Mecliste", annotation.Organization, ""},
		{tr.Turkish{}, "Karamürsel Şehrinde seçim yapıldı.", "Karamürsel Şehrinde", annotation.Location, ""},
	} {
		doc := doctest.WithNames(t, c.text, []doctest.Name{{Text: c.name, Type: c.typ}}, c.l)
		x.Link(doc, c.l)
		got := doc.Entities[0].ID
		if c.want == "" && !strings.HasPrefix(got, "name:") || c.want != "" && got != c.want {
			t.Errorf("%s %q: ID %q, want %q", c.l.Code(), c.name, got, c.want)
		}
	}
}

// citedTurkish is Turkish whose citation form of "yorkun" is "york": a
// name's own word inflected before a glossed word.
type citedTurkish struct{ tr.Turkish }

func (citedTurkish) CitationForm(w, _ string) string {
	if w == "yorkun" {
		return "york"
	}
	return w
}

// TestGlossedEntryCitedWordBeforeGloss checks that the reading with the
// own words in their citation forms keeps the glosses after them: the
// folded words "new yorkun şehri" are read as New York City, not as "new
// york" with the city's gloss lost.
func TestGlossedEntryCitedWordBeforeGloss(t *testing.T) {
	x := New(gazetteer.Default())
	if got, want := x.glossedEntry([]string{"new", "yorkun", "şehri"}, annotation.Location, citedTurkish{}), "geonames:5128581"; got != want {
		t.Errorf("glossedEntry(New Yorkun Şehri) = %q, want %q", got, want)
	}
}
