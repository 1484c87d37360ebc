package link

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang/en"
)

// TestCompanyWithLegalForm checks that a company named with its legal form
// (lang.LegalForms), as business news names it first, gets the entry the
// gazetteer names without it, and that a name the gazetteer does not know
// bare, a name that is a legal form alone and a person keep name IDs.
func TestCompanyWithLegalForm(t *testing.T) {
	g := gazetteer.New(
		&gazetteer.Entry{ID: "org:microsoft", Type: gazetteer.Organization, Prior: 0.7, Names: map[string][]string{"en": {"Microsoft"}}},
		&gazetteer.Entry{ID: "org:jpm", Type: gazetteer.Organization, Prior: 0.7, Names: map[string][]string{"en": {"JPMorgan Chase"}}},
		&gazetteer.Entry{ID: "org:google", Type: gazetteer.Organization, Prior: 0.7, Names: map[string][]string{"en": {"Google"}}},
		&gazetteer.Entry{ID: "per:ford", Type: gazetteer.Person, Prior: 0.7, Names: map[string][]string{"en": {"Henry Ford"}}})
	for _, tc := range []struct {
		text, name string
		typ        annotation.Type
		wantID     string // "" for a name ID
	}{
		{"Microsoft Corp. said on Monday.", "Microsoft Corp.", annotation.Organization, "org:microsoft"},
		{"Microsoft Inc said on Monday.", "Microsoft Inc", annotation.Organization, "org:microsoft"},
		{"JPMorgan Chase & Co. said on Monday.", "JPMorgan Chase & Co.", annotation.Organization, "org:jpm"},
		{"Google, Inc. of Mountain View sued.", "Google, Inc.", annotation.Organization, "org:google"},
		{"Goldman Sachs Group Inc. said.", "Goldman Sachs Group Inc.", annotation.Organization, ""},
		{"The Inc. said.", "Inc.", annotation.Organization, ""},
		{"Henry Ford Inc. said.", "Henry Ford Inc.", annotation.Person, ""},
	} {
		e := linkedMention(t, g, en.English{}, tc.text, tc.name, tc.typ, "model")
		if tc.wantID == "" && !strings.HasPrefix(e.ID, "name:") || tc.wantID != "" && e.ID != tc.wantID {
			t.Errorf("%s in %q: %s, want %s", tc.name, tc.text, e.ID, tc.wantID)
		}
	}
}

// TestWithoutLegalForm checks the name left when the legal forms and what
// joins them are taken off.
func TestWithoutLegalForm(t *testing.T) {
	for _, tc := range []struct{ name, want string }{
		{"Microsoft Corp.", "Microsoft"},
		{"Acme Holdings Co Ltd", "Acme Holdings"},
		{"JPMorgan Chase & Co.", "JPMorgan Chase"},
		{"Google, Inc.", "Google"},
		{"Microsoft", ""},
		{"Inc.", ""},
	} {
		if got := withoutLegalForm(tc.name, en.English{}); got != tc.want {
			t.Errorf("withoutLegalForm(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}
