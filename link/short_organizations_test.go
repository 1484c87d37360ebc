package link

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/internal/doctest"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/tr"
)

// TestShortOrganizations checks that an organization's bare name takes
// the ID of the one longer organization of its document that ends with
// its words, and only then (invented names).
func TestShortOrganizations(t *testing.T) {
	org, place := annotation.Organization, annotation.Location
	for _, tc := range []struct {
		l      lang.Language
		text   string
		names  []doctest.Name // longer names first: every occurrence is marked
		joined bool           // whether all the mentions get one ID
	}{
		{en.English{}, "The Halden Morning Herald printed it. The Morning Herald said more.",
			[]doctest.Name{{Text: "Halden Morning Herald", Type: org}, {Text: "Morning Herald", Type: org}}, true},
		{tr.Turkish{}, "Kestel Su Kurulu toplandı. Su Kurulu kararı açıkladı.",
			[]doctest.Name{{Text: "Kestel Su Kurulu", Type: org}, {Text: "Su Kurulu", Type: org}}, true},
		// Two longer names end with it: which one the document does not say.
		{en.English{}, "The Morning Herald said it. The Halden Morning Herald and the Varna Morning Herald agreed.",
			[]doctest.Name{{Text: "Halden Morning Herald", Type: org}, {Text: "Varna Morning Herald", Type: org}, {Text: "Morning Herald", Type: org}}, false},
		// One word is a club's or a firm's short name, not a body's bare one.
		{en.English{}, "Halden Rovers won. Rovers said so.",
			[]doctest.Name{{Text: "Halden Rovers", Type: org}, {Text: "Rovers", Type: org}}, false},
		// A place's name ending alike is not an organization's.
		{en.English{}, "Halden Morning Herald printed it. Morning Herald is a village.",
			[]doctest.Name{{Text: "Halden Morning Herald", Type: org}, {Text: "Morning Herald", Type: place}}, false},
	} {
		doc := doctest.WithNames(t, tc.text, tc.names, tc.l)
		New(gazetteer.Default()).Link(doc, tc.l)
		ids := map[string]bool{}
		for _, e := range doc.Entities {
			ids[e.ID] = true
		}
		if got := len(ids) == 1; got != tc.joined {
			t.Errorf("%q: one ID %v, want %v (%+v)", tc.text, got, tc.joined, doc.Entities)
		}
	}
}
