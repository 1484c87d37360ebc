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

// TestForeignAcronymID checks that an organization the gazetteer does not
// know, written out in each language's words and given its own acronym in
// Latin capitals, gets one ID in every language, the acronym's, and that
// a name written out with no acronym keeps the key of its words.
func TestForeignAcronymID(t *testing.T) {
	x := New(gazetteer.Default())
	ids := func(l lang.Language, text string, names ...string) []string {
		ents := linkedNames(t, x, l, text, annotation.Organization, names...)
		out := make([]string, len(ents))
		for i := range ents {
			out[i] = ents[i].ID
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
		if id != "name:BPKT" {
			t.Errorf("mention %d: %q, want name:BPKT (all: %q)", i, id, got)
		}
	}
	if id := ids(en.English{}, "The Agency for Technology Assessment published its report.", "Agency for Technology Assessment")[0]; id == "name:BPKT" {
		t.Errorf("a name written out alone: %q", id)
	}
}

// TestAcronymIDsKeepVowels checks that organizations keyed by their Latin
// acronyms that differ only in vowels (consonant skeletons alike) get
// different IDs, and that an acronym alone in a document gets the ID it
// gets beside its written-out name.
func TestAcronymIDsKeepVowels(t *testing.T) {
	x := New(gazetteer.Default())
	id := func(text string, names ...string) string {
		ents := linkedNames(t, x, en.English{}, text, annotation.Organization, names...)
		return ents[len(names)-1].ID
	}
	osa := id("The Ocean Survey Agency (OSA) sailed.", "Ocean Survey Agency", "OSA")
	ase := id("The Arctic Shelf Enterprise (ASE) sailed.", "Arctic Shelf Enterprise", "ASE")
	if osa == ase {
		t.Errorf("OSA and ASE share %q", osa)
	}
	if alone := id("OSA sailed again.", "OSA"); alone != osa {
		t.Errorf("OSA alone: %q, beside its name: %q", alone, osa)
	}
}

// TestAcronymDefinedOtherwise checks that a document's full name for an
// acronym keeps its own ID where recognition gave the acronym the entry of
// another organization that the full name does not name (MTA, a Turkish
// directorate, is not the Metropolitan Transportation Authority), and
// takes the entry where one of its names is spelt like the full name.
func TestAcronymDefinedOtherwise(t *testing.T) {
	g := gazetteer.New(
		&gazetteer.Entry{ID: "org:mta", Type: gazetteer.Organization, Prior: 0.7,
			Names: map[string][]string{"tr": {"Maden Tetkik ve Arama Genel Müdürlüğü", "MTA"}, "en": {"General Directorate of Mineral Research and Exploration"}}},
		&gazetteer.Entry{ID: "org:nci", Type: gazetteer.Organization, Prior: 0.7,
			Names: map[string][]string{"en": {"National Cancer Institute", "NCI"}}})
	for _, tc := range []struct {
		text, full, acronym, acronymID, want string
	}{
		{"The Metropolitan Transportation Authority (MTA) raised fares.", "Metropolitan Transportation Authority", "MTA", "org:mta", ""},
		{"The National Cancer Institutes (NCI) said rates fell.", "National Cancer Institutes", "NCI", "org:nci", "org:nci"},
	} {
		l := en.English{}
		doc := doctest.WithNames(t, tc.text, []doctest.Name{{Text: tc.full, Type: annotation.Organization}, {Text: tc.acronym, Type: annotation.Organization}}, l)
		doc.Entities[1].ID, doc.Entities[1].Source = tc.acronymID, "model+gazetteer" // as recognition matched it
		New(g).Link(doc, l)
		for _, e := range doc.Entities {
			if tc.want == "" && !strings.HasPrefix(e.ID, "name:") || tc.want != "" && e.ID != tc.want {
				t.Errorf("%q: %s %s, want %q (\"\": a name ID)", tc.text, e.Text, e.ID, tc.want)
			}
		}
	}
}
