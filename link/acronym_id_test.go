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

// TestForeignAcronymID checks that an organization the gazetteer does not
// know, written out in each language's words and given its own acronym in
// Latin capitals, gets one ID in every language, the acronym's, and that
// a name written out with no acronym keeps the key of its words.
func TestForeignAcronymID(t *testing.T) {
	x := New(gazetteer.Default())
	org := annotation.Organization
	ids := func(l lang.Language, text string, names ...string) []string {
		ns := make([]doctest.Name, len(names))
		for i, n := range names {
			ns[i] = doctest.Name{Text: n, Type: org}
		}
		doc := doctest.WithNames(t, text, ns, l)
		x.Link(doc, l)
		out := make([]string, len(doc.Entities))
		for i := range doc.Entities {
			out[i] = doc.Entities[i].ID
		}
		return out
	}
	var got []string
	got = append(got, ids(tr.Turkish{}, "Teknoloji Değerlendirme Ajansı (BPKT) raporunu yayımladı. BPKT sel uyarısı yaptı.",
		"Teknoloji Değerlendirme Ajansı", "BPKT")...)
	got = append(got, ids(en.English{}, "The Agency for Technology Assessment (BPKT) published its report. BPKT warned of floods.",
		"Agency for Technology Assessment", "BPKT")...)
	got = append(got, ids(ru.Russian{}, "Агентство по оценке технологий (BPKT) опубликовало доклад. BPKT предупредило о наводнениях.",
		"Агентство по оценке технологий", "BPKT")...)
	for i, id := range got {
		if id != "name:bpkt" {
			t.Errorf("mention %d: %q, want name:bpkt (all: %q)", i, id, got)
		}
	}
	if id := ids(en.English{}, "The Agency for Technology Assessment published its report.", "Agency for Technology Assessment")[0]; id == "name:bpkt" {
		t.Errorf("a name written out alone: %q", id)
	}
}
