package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang/en"
)

// TestTrimMemberTail checks the party and office words cut off places
// (sentences written for the test).
func TestTrimMemberTail(t *testing.T) {
	tests := []struct {
		marked string // the sentence, its mentions marked as markedDoc reads them
		want   string
		placed bool // whether the mention takes the gazetteer's place
	}{
		{"The O=[Los Angeles Democrat] asserted it .", "LOC Los Angeles", true},
		{"He phoned O=[U.S. Sens] . Graham and Lee .", "LOC U.S.", true},
		{"A O=[Texas Republican] spoke .", "LOC Texas", true},
		{"L=[North Korean] officials came .", "LOC North Korean", false},        // what is left is no place
		{"He met O=[Democratic Sen.] Kessling .", "ORG Democratic Sen.", false}, // nor here
		{"O=[Kessling Democrat] won .", "ORG Kessling Democrat", false},
	}
	g := gazetteer.Default()
	l := en.English{}
	for _, tc := range tests {
		doc, ents := markedDoc(t, l, tc.marked, annotation.Organization)
		trimMemberTail(doc, ents, l, g)
		if m := mentionsOf(t, doc, ents); m != tc.want {
			t.Errorf("%s: %q, want %q", tc.marked, m, tc.want)
		}
		if tc.placed && ents[0].ID == "" {
			t.Errorf("%s: the place has no entry", tc.marked)
		}
	}
}

// TestTrimMemberTitle checks the elected members' titles cut off the end
// of organizations (sentences written for the test).
func TestTrimMemberTitle(t *testing.T) {
	tests := []struct {
		marked string // the sentence, its mentions marked as markedDoc reads them
		want   string
	}{
		{"The local O=[Labour MP] spoke .", "ORG Labour"},
		{"A O=[Plaid Cymru AM] objected .", "ORG Plaid Cymru"},
		{"Two O=[SNP MSPs] met .", "ORG SNP"},         // a plural title too
		{"The O=[MP] resigned .", "ORG MP"},           // one word: nothing left
		{"L=[Labour MP] spoke .", "LOC Labour MP"},    // not an organization
		{"O=[Mp Holdings] grew .", "ORG Mp Holdings"}, // the title as written, in capitals
	}
	l := en.English{}
	for _, tc := range tests {
		doc, ents := markedDoc(t, l, tc.marked, annotation.Organization)
		trimMemberTitle(doc, ents, l)
		if m := mentionsOf(t, doc, ents); m != tc.want {
			t.Errorf("%s: %q, want %q", tc.marked, m, tc.want)
		}
	}
}
