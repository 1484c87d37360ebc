package link

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang/ru"
)

// TestSpelledOutOrganization checks that an organization whose first word
// joins a shortened word to its head takes the ID of the organization the
// gazetteer names with the words written out, in any case, and that a
// name the written-out form does not reach keeps its name ID.
func TestSpelledOutOrganization(t *testing.T) {
	g := gazetteer.New(
		&gazetteer.Entry{ID: "Q47423", Type: gazetteer.Organization,
			Names: map[string][]string{"ru": {"Генеральная Ассамблея ООН"}}},
		&gazetteer.Entry{ID: "Q458", Type: gazetteer.Organization,
			Names: map[string][]string{"ru": {"Европейский союз"}}})
	for _, tc := range []struct {
		text, name string
		wantID     string
		wantName   string
	}{
		{"Он выступил на сессии Генассамблеи ООН вчера.", "Генассамблеи ООН", "Q47423", "Генеральная Ассамблея ООН"},
		{"Он выступил в Генассамблее ООН вчера.", "Генассамблее ООН", "Q47423", "Генеральная Ассамблея ООН"},
		{"Страна вступила в Евросоюз в 2004 году.", "Евросоюз", "Q458", "Европейский союз"},
		{"Решение Евросоюза вступило в силу.", "Евросоюза", "Q458", "Европейский союз"},
		{"Он выступил на сессии Генассамблеи вчера.", "Генассамблеи", "name:jnsmbl", "Генассамблеи"}, // no such entry
	} {
		if e := linkedMention(t, g, ru.Russian{}, tc.text, tc.name, annotation.Organization, ""); e.ID != tc.wantID || e.Canonical != tc.wantName {
			t.Errorf("%s in %q: %s %q, want %s %q", tc.name, tc.text, e.ID, e.Canonical, tc.wantID, tc.wantName)
		}
	}
}
