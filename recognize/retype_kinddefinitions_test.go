package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
)

// TestOrganizationsByDefinition checks which defining noun phrases after a
// name make it an organization (sentences written for the test).
func TestOrganizationsByDefinition(t *testing.T) {
	tests := []struct {
		marked string
		want   string
	}{
		{"It was bought by P=[Halvorsen] , a Norwegian shipping company , in 2001 .", "ORG Halvorsen"},
		{"P=[Brunnwald] is a German chain of bakeries .", "ORG Brunnwald"},
		{"P=[Kessler Faber] was a maker and a pencil manufacturer founded in 1849 .", "PER Kessler Faber"}, // "and" ends the phrase at maker
		{"P=[Kessler Faber] was a pencil manufacturer founded in 1849 .", "ORG Kessler Faber"},
		{"L=[Dunmore Lake] are a rock band from Chicago .", "ORG Dunmore Lake"},
		{"P=[Ann Reid] , a company spokeswoman , said no .", "PER Ann Reid"},  // the head is spokeswoman
		{"P=[Ann Reid] , the company 's founder , said no .", "PER Ann Reid"}, // company owns the head
		{"P=[Brunnwald] is a family firm", "ORG Brunnwald"},                   // the text's end ends the phrase
		{"P=[Ann Reid] is a company director", "PER Ann Reid"},
		{"P=[Ann Reid] is a bank clerk in Leeds .", "PER Ann Reid"},
		{"P=[Barack Obama]@Q76 is a brand .", "PER Barack Obama"},     // a known person
		{"L=[Brazil]@Q155 is a federation of states .", "LOC Brazil"}, // a country
		{"P=[Ann Reid] said it is a company .", "PER Ann Reid"},       // not the subject of the copula
	}
	g := gazetteer.Default()
	l := en.English{}
	for _, tc := range tests {
		doc, ents := markedDoc(t, l, tc.marked, annotation.Location)
		doc.Sentences = []lang.Sentence{{Start: 0, End: len(doc.Text), First: 0, Last: len(doc.Tokens)}}
		organizationsByDefinition(doc, ents, l, g)
		if m := mentionsOf(t, doc, ents); m != tc.want {
			t.Errorf("%s: %q, want %q", tc.marked, m, tc.want)
		}
	}
}
