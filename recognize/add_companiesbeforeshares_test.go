package recognize

import (
	"slices"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
)

// TestCompaniesBeforeShares checks which untagged names before a word of
// company context become organizations.
func TestCompaniesBeforeShares(t *testing.T) {
	r := defaultRecognizer()
	g := gazetteer.Default()
	tests := []struct {
		code, text, held string // held: a one-word mention given as a person
		want             []string
	}{
		{"en", "Daimler-Benz shares rose 2 marks .", "", []string{"ORGANIZATION Daimler-Benz"}},
		{"en", "Traders said Swissair shares fell .", "", []string{"ORGANIZATION Swissair"}},
		{"en", "Analysts bought Zorblax Norvex stock .", "", []string{"ORGANIZATION Zorblax Norvex"}},
		{"en", "Bank shares fell .", "", nil},                                     // a dictionary word
		{"en", "European shares fell .", "", nil},                                 // a word the prior knows
		{"en", "German shares fell .", "", nil},                                   // a demonym
		{"en", "Swissair sold shares .", "", nil},                                 // not right before
		{"en", "Swissair shares fell .", "Swissair", []string{"PERSON Swissair"}}, // a mention: retypeByContext's
		{"tr", "Swissair shares düştü .", "", nil},                                // no lang.CompanyContext
	}
	for _, tc := range tests {
		doc, ents, l := docHolding(t, tc.code, tc.text, tc.held, annotation.Person)
		out, names := companiesBeforeShares(doc, ents, l, g, r.model(tc.code), wordCasesOf(doc.Tokens))
		var got []string
		for _, e := range out {
			if doc.Text[e.Start:e.End] != e.Text {
				t.Errorf("%s: %q at %d:%d", tc.text, e.Text, e.Start, e.End)
			}
			got = append(got, string(e.Type)+" "+e.Text)
		}
		if !slices.Equal(got, tc.want) || len(names) != len(got)-len(ents) {
			t.Errorf("%s: %q (names %q), want %q", tc.text, got, names, tc.want)
		}
	}
}
