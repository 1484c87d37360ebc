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

// TestClubNicknames checks that a one-word mention a club of the document
// ends with takes the club's ID and type, and that a word two clubs end
// with, a place the gazetteer knows, a gazetteer's own match and a
// person's surname joined to the person stay as they were.
func TestClubNicknames(t *testing.T) {
	g := gazetteer.New(
		&gazetteer.Entry{ID: "org:rockies", Type: gazetteer.Organization, Subtype: "club", Prior: 0.65,
			Names: map[string][]string{"en": {"Colorado Rockies"}}},
		&gazetteer.Entry{ID: "org:real-madrid", Type: gazetteer.Organization, Subtype: "club", Prior: 0.7,
			Names: map[string][]string{"en": {"Real Madrid"}}},
		&gazetteer.Entry{ID: "loc:madrid", Type: gazetteer.Location, Subtype: "capital", Prior: 0.9,
			Names: map[string][]string{"tr": {"Madrid"}, "en": {"Madrid"}}},
		&gazetteer.Entry{ID: "org:man-utd", Type: gazetteer.Organization, Subtype: "club", Prior: 0.7,
			Names: map[string][]string{"en": {"Manchester United"}}},
		&gazetteer.Entry{ID: "org:newcastle", Type: gazetteer.Organization, Subtype: "club", Prior: 0.7,
			Names: map[string][]string{"en": {"Newcastle United"}}},
		&gazetteer.Entry{ID: "org:sainsbury", Type: gazetteer.Organization, Subtype: "company", Prior: 0.65,
			Names: map[string][]string{"en": {"J Sainsbury"}}})
	for _, tc := range []struct {
		l        lang.Language
		text     string
		clubs    []string // mentions the gazetteer gave, with their IDs
		others   []doctest.Name
		source   string // of the others
		wantID   string // of the last mention
		wantType annotation.Type
	}{
		{en.English{}, "They played the Colorado Rockies. The Rockies won.", []string{"Colorado Rockies"},
			[]doctest.Name{{Text: "Rockies", Type: annotation.Location}}, "model", "org:rockies", annotation.Organization},
		{tr.Turkish{}, "Colorado Rockies'e karşı oynadılar. Rockies kazandı.", []string{"Colorado Rockies"},
			[]doctest.Name{{Text: "Rockies", Type: annotation.Person}}, "model", "org:rockies", annotation.Organization},
		{en.English{}, "The Rockies won. They played the Colorado Rockies.", []string{"Colorado Rockies"},
			[]doctest.Name{{Text: "Rockies", Type: annotation.Person}}, "model", "org:rockies", annotation.Organization},
		// The town the club is named after: either may be meant.
		{en.English{}, "Real Madrid lost. Madrid mourned.", []string{"Real Madrid"},
			[]doctest.Name{{Text: "Madrid", Type: annotation.Location}}, "model", "loc:madrid", annotation.Location},
		// Two clubs end with the word.
		{en.English{}, "Manchester United beat Newcastle United. United fans cheered.", []string{"Manchester United", "Newcastle United"},
			[]doctest.Name{{Text: "United", Type: annotation.Location}}, "model", "name:ntd", annotation.Location},
		// Not a club.
		{en.English{}, "J Sainsbury reported. Sainsbury said so.", []string{"J Sainsbury"},
			[]doctest.Name{{Text: "Sainsbury", Type: annotation.Person}}, "model", "name:snsbr", annotation.Person},
		// A person named in full and by surname.
		{en.English{}, "Colorado Rockies signed Tom Rockies. Rockies scored.", []string{"Colorado Rockies"},
			[]doctest.Name{{Text: "Tom Rockies", Type: annotation.Person}, {Text: "Rockies", Type: annotation.Person}}, "model", "name:rks-tm", annotation.Person},
	} {
		names := append([]doctest.Name{}, tc.others...)
		for _, c := range tc.clubs {
			names = append(names, doctest.Name{Text: c, Type: annotation.Organization})
		}
		doc := doctest.WithNames(t, tc.text, names, tc.l)
		for i := range doc.Entities {
			e := &doc.Entities[i]
			e.Source = tc.source
			for _, c := range tc.clubs {
				if e.Text == c {
					e.Source, e.ID = "gazetteer", g.Lookup(c, "en")[0].ID
				}
			}
		}
		New(g).Link(doc, tc.l)
		var lone *annotation.Entity // the last mention of the last other name
		for i := range doc.Entities {
			if e := &doc.Entities[i]; e.Text == tc.others[len(tc.others)-1].Text && (lone == nil || e.Start > lone.Start) {
				lone = e
			}
		}
		if lone.ID != tc.wantID || lone.Type != tc.wantType {
			t.Errorf("%q: %s is %s %s, want %s %s", tc.text, lone.Text, lone.ID, lone.Type, tc.wantID, tc.wantType)
		}
	}
}
