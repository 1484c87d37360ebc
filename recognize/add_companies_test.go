package recognize

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
)

// TestAddCompanies checks the companies added where business words name
// them (sentences written for the test).
func TestAddCompanies(t *testing.T) {
	tests := []struct {
		marked string // the sentence, its mentions marked as markedDoc reads them
		want   string // mentionsOf after the rule
	}{
		{"Shares in Glaxo Wellcome fell 10 pence .", "ORG Glaxo Wellcome"},
		{"Brokers said Mendel Trading shares rose .", "ORG Mendel Trading"},
		{"Analysts at Barings expect a cut .", "ORG Barings"},
		{"Kessling NV said sales rose .", "ORG Kessling NV"},
		{"A State Department spokesman declined to comment .", "ORG State Department"},
		{"Company spokesman P=[John Smith] said so .", "PER John Smith"}, // one word opening the sentence
		{"French shares rose on Monday .", ""},                           // a nationality word
		{"All of it is at stake in November .", ""},                      // a month
		{"\" The member of my staff was not told .", ""},                 // an article
		{"He lives in Henderson NV 89052 .", ""},                         // a state before a postcode
		{"The Kerry Co Council met today .", ""},                         // a word of a longer name
		{"Dealers said L=[Tokyo] shares fell .", "LOC Tokyo"},            // a mention already
		{"Fans cheered the Dunmore striker .", "ORG Dunmore"},            // a team's word
		{"Veteran striker P=[Joe Bloggs] scored .", "PER Joe Bloggs"},    // one word opening the sentence
		{"Global P=[Inc] company - Kudos", "PER Inc"},                    // a mention holds the legal form: no overlap
	}
	g := gazetteer.Default()
	l := en.English{}
	for _, tc := range tests {
		doc, ents := markedDoc(t, l, tc.marked, annotation.Person)
		doc.Sentences = []lang.Sentence{{Start: 0, End: len(doc.Text), First: 0, Last: len(doc.Tokens)}}
		got, names := addCompanies(doc, ents, l, g, wordCasesOf(doc.Tokens))
		if m := mentionsOf(t, doc, got); m != tc.want {
			t.Errorf("%s: %q, want %q", tc.marked, m, tc.want)
		}
		if strings.Contains(tc.want, "ORG") && len(names) != 1 {
			t.Errorf("%s: names %q", tc.marked, names)
		}
	}
}
