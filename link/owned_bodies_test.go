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

// TestOwnedBodies checks that a body named bare after its full name with
// its owner's acronym joins it, in each language's order, and that a
// common word, a legal form or two owners' bodies leave it apart.
func TestOwnedBodies(t *testing.T) {
	g := gazetteer.New(
		&gazetteer.Entry{ID: "org:un", Type: gazetteer.Organization, Prior: 0.9,
			Names: map[string][]string{"tr": {"BM"}, "en": {"UN"}, "ru": {"ООН"}}},
		&gazetteer.Entry{ID: "loc:us", Type: gazetteer.Location, Subtype: "country", Prior: 0.95,
			Names: map[string][]string{"en": {"US"}}},
		&gazetteer.Entry{ID: "loc:uk", Type: gazetteer.Location, Subtype: "country", Prior: 0.95,
			Names: map[string][]string{"en": {"UK"}}})
	org := annotation.Organization
	for _, tc := range []struct {
		l          lang.Language
		text       string
		full, bare string
		joined     bool
	}{
		{en.English{}, "The U.N. Security Council met . Later the Security Council voted .", "U.N. Security Council", "Security Council", true},
		{tr.Turkish{}, "BM Güvenlik Konseyi toplandı . Güvenlik Konseyi karar verdi .", "BM Güvenlik Konseyi", "Güvenlik Konseyi", true},
		{ru.Russian{}, "Совет Безопасности ООН собрался . Совет Безопасности проголосовал .", "Совет Безопасности ООН", "Совет Безопасности", true},
		{en.English{}, "The National Security Council met . Later the Security Council voted .", "National Security Council", "Security Council", false}, // no owner
		{en.English{}, "Ford bought Jaguar PLC shares . Jaguar said so .", "Jaguar PLC", "Jaguar", false},                                                // a legal form
	} {
		doc := doctest.WithNames(t, tc.text, []doctest.Name{{Text: tc.full, Type: org}, {Text: tc.bare, Type: org}}, tc.l)
		New(g).Link(doc, tc.l)
		var full, bare string
		for _, e := range doc.Entities {
			switch e.Text {
			case tc.full:
				full = e.ID
			case tc.bare:
				bare = e.ID
			}
		}
		if (full == bare) != tc.joined {
			t.Errorf("%q: %s and %s: %s, %s; want joined %v", tc.text, tc.full, tc.bare, full, bare, tc.joined)
		}
	}
	// Two owners' bodies end alike: the bare name joins neither.
	text := "The US Supreme Court and the UK Supreme Court differ . The Supreme Court ruled ."
	doc := doctest.WithNames(t, text, []doctest.Name{{Text: "US Supreme Court", Type: org}, {Text: "UK Supreme Court", Type: org}, {Text: "Supreme Court", Type: org}}, en.English{})
	New(g).Link(doc, en.English{})
	var ids []string
	for _, e := range doc.Entities {
		ids = append(ids, e.ID)
	}
	if len(ids) != 3 || ids[2] == ids[0] || ids[2] == ids[1] {
		t.Errorf("%q: IDs %v, want the bare name's apart", text, ids)
	}
}
