package link

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
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
