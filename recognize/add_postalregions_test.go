package recognize

import "github.com/varlik/varlik/annotation"
import "testing"

// TestAddPostalRegions checks which postal codes after a place become
// places.
func TestAddPostalRegions(t *testing.T) {
	tests := []struct {
		lang, text, held string // the text of the mention given
		typ              annotation.Type
		want             string // the code added, if any
	}{
		{"en", "I live around the Chillicothe , OH area .", "Chillicothe", annotation.Location, "OH"},
		{"en", "Write to 500 Market Place , Baltimore , MD 21202 .", "Baltimore", annotation.Location, "MD"},
		{"en", "My favorite store in Lawrence , KS", "Lawrence", annotation.Person, "KS"},         // a one-word person: the town
		{"en", "We met Harry Preuss , MD , a professor .", "Harry Preuss", annotation.Person, ""}, // a degree after a person
		{"en", "It was in Chillicothe OH last year .", "Chillicothe", annotation.Location, ""},    // no comma
		{"en", "Turn it ON , OFF , ON again .", "", annotation.Location, ""},                      // no place before
		{"ru", "Он живёт в Москве , OH .", "Москве", annotation.Location, ""},                     // no lang.PostalRegions
	}
	for _, tc := range tests {
		doc, _, l := docHolding(t, tc.lang, tc.text, "", "")
		var ents []annotation.Entity
		if tc.held != "" {
			first, last := tokenRange(t, doc, tc.held)
			ents = append(ents, doc.Mention(first, last, tc.typ, 0.5, "model"))
		}
		got := ""
		for _, e := range addPostalRegions(doc, ents, l) {
			if e.Source == "rule" {
				if e.Type != annotation.Location || doc.Text[e.Start:e.End] != e.Text {
					t.Errorf("%q: added %+v", tc.text, e)
				}
				got = e.Text
			}
		}
		if got != tc.want {
			t.Errorf("%q: added %q, want %q", tc.text, got, tc.want)
		}
	}
}
