package recognize

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
)

// TestAmpersandNames checks the names joined by an ampersand (sentences
// written for the test).
func TestAmpersandNames(t *testing.T) {
	tests := []struct {
		marked string // the sentence, its mentions marked as markedDoc reads them
		want   string // mentionsOf after the rule
		names  string
	}{
		{"Profits at P=[Marks] & P=[Spencer] rose , the retailer said .", "ORG Marks & Spencer", "Marks & Spencer"},
		{"Standard & Poor 's cut its rating on the bonds .", "ORG Standard & Poor", "Standard & Poor"},
		{"The Procter & Gamble plant will close .", "ORG Procter & Gamble", "Procter & Gamble"}, // the article left out
		{"O=[Halvorsen & Dane] said sales rose .", "ORG Halvorsen & Dane", ""},                  // already an organization
		{"P=[Halvorsen & Dane] said sales rose .", "ORG Halvorsen & Dane", "Halvorsen & Dane"},  // one mention over the name
		{"He raised R & D spending .", "", ""},                                                  // single letters
		{"Fans of L=[Bosnia]@Q225 & Herzegovina cheered .", "LOC Bosnia", ""},                   // a country
		{"O=[Kessler & Sons Holdings Ltd] said sales rose .", "ORG Kessler & Sons Holdings Ltd", ""},
		{"Best Plumbing Heating & Cooling Repairs In Town for you", "", ""},          // title case
		{"He thanked P=[Steve] & P=[Anne] for the help .", "PER Steve|PER Anne", ""}, // two given names: two people
		{"I love Ben & Jerry 's ice cream .", "ORG Ben & Jerry", "Ben & Jerry"},      // a possessive after them
	}
	g := gazetteer.Default()
	l := en.English{}
	for _, tc := range tests {
		doc, ents := markedDoc(t, l, tc.marked, annotation.Person)
		doc.Sentences = []lang.Sentence{{Start: 0, End: len(doc.Text), First: 0, Last: len(doc.Tokens)}}
		got, names := ampersandNames(doc, ents, l, g)
		if m := mentionsOf(t, doc, got); m != tc.want {
			t.Errorf("%s: %q, want %q", tc.marked, m, tc.want)
		}
		if n := strings.Join(names, " "); n != tc.names {
			t.Errorf("%s: names %q, want %q", tc.marked, n, tc.names)
		}
	}
}
