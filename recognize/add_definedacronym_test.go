package recognize

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
)

// TestDefinedAcronyms checks the names that an acronym in brackets after
// them spells (sentences written for the test).
func TestDefinedAcronyms(t *testing.T) {
	tests := []struct {
		marked string
		want   string
		names  string
	}{
		{"He sued the Harbour Authority of L=[Port Vale] ( HAPV ) on Monday .", "ORG Harbour Authority of Port Vale|ORG HAPV", "Harbour Authority of Port Vale HAPV"},
		{"The Movement for Democratic Union ( MDU ) won .", "ORG Movement for Democratic Union|ORG MDU", "Movement for Democratic Union MDU"},
		{"Leaders of the Farmers Union ( P=[FU] ) met .", "ORG Farmers Union|ORG FU", "Farmers Union FU"},
		{"The Gross Domestic Product ( GDP ) rose .", "", ""},                             // no organization's head
		{"Talks with the Kessler Union ( KWU ) failed .", "", ""},                         // the letters do not spell it
		{"She joined the O=[Farmers Union] ( FU ) in 1990 .", "ORG Farmers Union", ""},    // already a mention (addBracketAcronyms adds FU)
		{"The O=[Northern Farmers Union] ( FU ) met .", "ORG Northern Farmers Union", ""}, // a mention reaching out of the name
		{"Prices in the L=[United Kingdom]@Q145 ( UK ) rose .", "LOC United Kingdom", ""}, // no head, a mention over the name
	}
	l := en.English{}
	for _, tc := range tests {
		doc, ents := markedDoc(t, l, tc.marked, annotation.Organization)
		doc.Sentences = []lang.Sentence{{Start: 0, End: len(doc.Text), First: 0, Last: len(doc.Tokens)}}
		got, names := definedAcronyms(doc, ents, l)
		if m := mentionsOf(t, doc, got); m != tc.want {
			t.Errorf("%s: %q, want %q", tc.marked, m, tc.want)
		}
		if n := strings.Join(names, " "); n != tc.names {
			t.Errorf("%s: names %q, want %q", tc.marked, n, tc.names)
		}
	}
}
