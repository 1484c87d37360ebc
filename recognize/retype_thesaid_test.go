package recognize

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
)

// TestBodiesBeforeSaying checks the names after "the" that speak or
// report, and the lone names that report (sentences written for the test).
func TestBodiesBeforeSaying(t *testing.T) {
	tests := []struct {
		marked string
		want   string
		names  string
	}{
		{"The fine was doubled , the Courier reports .", "ORG Courier", "Courier"},
		{"Shares fell , the P=[Ledger] reported on Monday .", "ORG Ledger", "Ledger"},
		{"The Harbour Commission said the port would close .", "ORG Harbour Commission", "Harbour Commission"},
		{"The talks failed , Interfax reported .", "ORG Interfax", "Interfax"},
		{"The President said the talks had failed .", "", ""},                              // an office
		{"The Prime Minister said no .", "", ""},                                           // an office
		{"Later the L=[Netherlands]@Q55 said it would vote no .", "LOC Netherlands", ""},   // a place
		{"He said P=[Ledger] reported the loss .", "PER Ledger", ""},                       // no article and a lower-case word before: said is no reporting verb
		{"P=[Smith] said the vote was lost .", "PER Smith", ""},                            // no article
		{"The Americans said they would not attend .", "", ""},                             // a people
		{"The Archbishop said the church would apologise .", "", ""},                       // an office
		{"The Taoiseach said the border must stay open .", "", ""},                         // said: no organization's head
		{"The P=[Beckhams] said in a statement they were delighted .", "PER Beckhams", ""}, // a family
		{"The Saudis reported higher output .", "", ""},                                    // a nationality's plural
		{"The Democrats reported raising 5 million dollars .", "", ""},                     // a group word
		{"Officials in March reported a surge in cases .", "", ""},                         // a month
		{"The company in January reported a loss .", "", ""},
		{"THE COURIER SAID NO .", "", ""}, // a headline's capitals
	}
	l := en.English{}
	for _, tc := range tests {
		doc, ents := markedDoc(t, l, tc.marked, annotation.Person)
		doc.Sentences = []lang.Sentence{{Start: 0, End: len(doc.Text), First: 0, Last: len(doc.Tokens)}}
		got, names := bodiesBeforeSaying(doc, ents, l, gazetteer.Default(), wordCasesOf(doc.Tokens))
		if m := mentionsOf(t, doc, got); m != tc.want {
			t.Errorf("%s: %q, want %q", tc.marked, m, tc.want)
		}
		if n := strings.Join(names, " "); n != tc.names {
			t.Errorf("%s: names %q, want %q", tc.marked, n, tc.names)
		}
	}
}
