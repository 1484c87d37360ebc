package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/ner"
)

// TestSplitTenureOwners checks which leader-and-tenure organizations
// become the leader.
func TestSplitTenureOwners(t *testing.T) {
	m, err := ner.DefaultModel("en")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, org string // org: the text of the organization mention given
		want      string // the mention's text after the rule
		typ       annotation.Type
	}{
		{"Officials in the Trump Administration denied it.", "Trump Administration", "Trump", annotation.Person},
		{"The Obama Presidency ended in 2017.", "Obama Presidency", "Obama", annotation.Person},
		{"The Space Administration launched it.", "Space Administration", "Space Administration", annotation.Organization},                              // a common word
		{"The Aviation Administration said so.", "Aviation Administration", "Aviation Administration", annotation.Organization},                         // a common word
		{"The Kenya Administration said so.", "Kenya Administration", "Kenya Administration", annotation.Organization},                                  // a place
		{"The Federal Aviation Administration said so.", "Federal Aviation Administration", "Federal Aviation Administration", annotation.Organization}, // three words
		{"The Trump Foundation paid.", "Trump Foundation", "Trump Foundation", annotation.Organization},                                                 // no tenure word
	}
	g := gazetteer.Default()
	for _, tc := range tests {
		doc, _, l := docHolding(t, "en", tc.text, "", "")
		first, last := tokenRange(t, doc, tc.org)
		ents := []annotation.Entity{doc.Mention(first, last, annotation.Organization, 0.5, "model")}
		splitTenureOwners(doc, ents, l, g, m)
		if e := ents[0]; e.Text != tc.want || doc.Text[e.Start:e.End] != e.Text || e.Type != tc.typ {
			t.Errorf("%q: %q (%v), want %q (%v)", tc.text, e.Text, e.Type, tc.want, tc.typ)
		}
	}
}
