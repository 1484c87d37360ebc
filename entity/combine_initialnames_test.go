package entity

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/gazetteer"
)

// TestAddInitialedNames checks which initials and words become the
// mentions of the organizations and places they shorten.
func TestAddInitialedNames(t *testing.T) {
	names := func() initialNames { return buildInitialNames(gazetteer.Default()) }
	tests := []struct {
		text     string
		held     string // a mention of heldType already holds this word
		heldType Type
		want     string // the mentions after the rule, "text/TYPE" joined with |
	}{
		{"Dün akşam G. Saray deplasmanda kazandı.", "", "", "G. Saray/ORGANIZATION"},
		{"Kulüp F.Bahçe'ye yeni bir teklif yaptı.", "", "", "F.Bahçe/ORGANIZATION"},
		{"Takım dün S. Trnava ile karşılaştı.", "Trnava", Location, "S. Trnava/ORGANIZATION"}, // the town's mention gives way
		{"Maçta B. Hakan iki gol attı.", "Hakan", Person, "Hakan/PERSON"},                     // a person's initial
		{"Dün akşam X. Saray deplasmanda kazandı.", "", "", ""},                               // no such name
		{"Dün akşam G. Kemal yolunu tuttu.", "", "", ""},                                      // no such name
		{"Dün akşam G. Sa yolunu tuttu.", "", "", ""},                                         // too short a word
	}
	for _, tc := range tests {
		doc, ents, l := docHolding(t, "tr", tc.text, tc.held, tc.heldType)
		var got []string
		for _, e := range addInitialedNames(doc, ents, l, names) {
			if doc.Text[e.Start:e.End] != e.Text {
				t.Errorf("%q: %q is not its span", tc.text, e.Text)
			}
			got = append(got, e.Text+"/"+string(e.Type))
		}
		if strings.Join(got, "|") != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}
