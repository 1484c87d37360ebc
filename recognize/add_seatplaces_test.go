package recognize

import (
	"slices"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/tr"
)

// TestPlacesAfterLegalForms checks which seats after a company's legal form
// become places.
func TestPlacesAfterLegalForms(t *testing.T) {
	g := gazetteer.Default()
	tests := []struct {
		l      lang.Language
		words  string // tokens, space-separated; the company's mention is the [bracketed] ones
		person string // a one-word person mention after the company, if any
		want   []string
	}{
		{en.English{}, "[Toyota Motor Corp] of Japan said profits rose", "", []string{"ORGANIZATION Toyota Motor Corp", "LOCATION Japan Q17"}},
		{en.English{}, "[Google , Inc.] of Mountain View , California", "", []string{"ORGANIZATION Google , Inc.", "LOCATION Mountain View"}}, // a town the gazetteer lacks
		{en.English{}, "[Norvex Corp] of Zorblax said", "Zorblax", []string{"ORGANIZATION Norvex Corp", "LOCATION Zorblax"}},                  // a person's mention retyped
		{en.English{}, "[Norvex Corp] of the group", "", []string{"ORGANIZATION Norvex Corp"}},                                                // no capitalized word
		{en.English{}, "[Norvex Group] of Japan", "", []string{"ORGANIZATION Norvex Group"}},                                                  // no legal form
		{en.English{}, "[Norvex Corp] in Japan", "", []string{"ORGANIZATION Norvex Corp"}},                                                    // no seat preposition
		{en.English{}, "[Norvex Corp] of Microsoft", "", []string{"ORGANIZATION Norvex Corp"}},                                                // the gazetteer's organization
		{tr.Turkish{}, "[Norvex Corp] of Japan", "", []string{"ORGANIZATION Norvex Corp"}},                                                    // no lang.SeatPrepositions
	}
	for _, tc := range tests {
		doc, first, last := bracketedDoc(t, tc.l, tc.words)
		ents := []annotation.Entity{doc.Mention(first, last, annotation.Organization, 0.5, "model")}
		if tc.person != "" {
			k := last + 1
			ents = append(ents, doc.Mention(k, k+1, annotation.Person, 0.5, "model"))
		}
		var got []string
		for _, e := range placesAfterLegalForms(doc, ents, tc.l, g) {
			if doc.Text[e.Start:e.End] != e.Text {
				t.Errorf("%s: %q at %d:%d", tc.words, e.Text, e.Start, e.End)
			}
			s := string(e.Type) + " " + e.Text
			if e.ID != "" && e.Type == annotation.Location {
				s += " " + e.ID
			}
			got = append(got, s)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: %q, want %q", tc.words, got, tc.want)
		}
	}
}
