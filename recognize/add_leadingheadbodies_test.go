package recognize

import (
	"slices"
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/tr"
)

// TestBodiesByLeadingHead checks which names opening with a foreign head
// noun become organizations. Mentions are given as "TYPE first:last" token
// ranges.
func TestBodiesByLeadingHead(t *testing.T) {
	type m struct {
		typ         annotation.Type
		first, last int
	}
	tests := []struct {
		l     lang.Language
		text  string
		given []m
		want  []string // "TYPE text" after the rule
	}{
		{en.English{}, "the bonds of Banco Popular fell", nil, []string{"ORGANIZATION Banco Popular"}},
		{en.English{}, "Grupo Televisa said profits fell", []m{{annotation.Person, 0, 2}}, []string{"ORGANIZATION Grupo Televisa"}},
		{en.English{}, "Banco Bilbao Vizcaya said", []m{{annotation.Location, 1, 2}}, []string{"ORGANIZATION Banco Bilbao Vizcaya"}}, // a town inside gives way
		{en.English{}, "shares of Banco de Santander rose", nil, []string{"ORGANIZATION Banco de Santander"}},                        // a particle between
		{en.English{}, "Societe Generale and Banque Paribas fell", nil, []string{"ORGANIZATION Societe Generale", "ORGANIZATION Banque Paribas"}},
		{en.English{}, "the Banco said", []m{{annotation.Person, 1, 2}}, []string{"PERSON Banco"}},                                         // no word after the head
		{en.English{}, "the Banco de la fell", nil, nil},                                                                                   // a particle with no word after it
		{en.English{}, "Banco Popular Espanol said", []m{{annotation.Organization, 0, 3}}, []string{"ORGANIZATION Banco Popular Espanol"}}, // already whole
		{en.English{}, "the Grupo Televisa Foundation in Mexico", []m{{annotation.Organization, 1, 4}}, []string{"ORGANIZATION Grupo Televisa Foundation"}},
		{en.English{}, "John Banco Popular said", []m{{annotation.Person, 0, 3}}, []string{"PERSON John Banco Popular"}}, // a mention reaching out of the run
		{tr.Turkish{}, "Banco Popular dedi", nil, nil},                                                                   // no lang.LeadingOrgHeads
	}
	for _, tc := range tests {
		doc := &annotation.Document{Text: tc.text, Tokens: tc.l.Tokenize(tc.text)}
		doc.Sentences = tc.l.Sentences(doc.Text, doc.Tokens)
		if len(doc.Tokens) != len(strings.Fields(tc.text)) {
			t.Fatalf("%s: %d tokens", tc.text, len(doc.Tokens))
		}
		var ents []annotation.Entity
		for _, g := range tc.given {
			ents = append(ents, doc.Mention(g.first, g.last, g.typ, 0.4, "model"))
		}
		out, names := bodiesByLeadingHead(doc, ents, tc.l, wordCasesOf(doc.Tokens))
		var got []string
		for _, e := range out {
			if doc.Text[e.Start:e.End] != e.Text {
				t.Errorf("%s: %q at %d:%d", tc.text, e.Text, e.Start, e.End)
			}
			got = append(got, string(e.Type)+" "+e.Text)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: %q, want %q (names %q)", tc.text, got, tc.want, names)
		}
	}
}
