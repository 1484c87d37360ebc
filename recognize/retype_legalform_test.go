package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang/en"
)

// TestCompaniesByLegalForm checks the mentions a company's legal form
// retypes or widens (sentences written for the test).
func TestCompaniesByLegalForm(t *testing.T) {
	tests := []struct {
		marked string
		want   string
	}{
		{"Shares in L=[Brunnwald AG] fell .", "ORG Brunnwald AG"},
		{"L=[Montreux SA] reported a loss .", "ORG Montreux SA"},
		{"P=[Kessler] Bhd 's chairman resigned .", "ORG Kessler Bhd"},
		{"P=[Dale Norris] Co. said on Monday it would sell .", "ORG Dale Norris Co."},
		{"He moved to L=[Sa] Pobla in 1990 .", "LOC Sa"},                           // one word
		{"L=[Montreux] sa is not a form .", "LOC Montreux"},                        // lower case
		{"P=[Anna Berg] joined L=[Oslo] AB in May .", "PER Anna Berg|ORG Oslo AB"}, // the form after a town
		{"P=[Anna Berg] L=[Oslo] Inc", "PER Anna Berg|ORG Oslo Inc"},
		{"O=[NORVEX CORP Q2 NET] PROFIT RISES .", "ORG NORVEX CORP"},                     // a headline's capitals
		{"He left O=[Halvorsen , Inc. of Cedar Falls] in May .", "ORG Halvorsen , Inc."}, // a place after the form
		{"P=[Ohio AG Dave Yost] joined the suit .", "PER Ohio AG Dave Yost"},             // an office before its holder
		{"L=[Ohio] AG P=[Dave Yost] joined the suit .", "LOC Ohio|PER Dave Yost"},
		{"L=[Kerry Co Council] met on Monday .", "LOC Kerry Co Council"}, // a word of the name
		{"Write to L=[Henderson] NV 89052 .", "LOC Henderson"},           // a postcode
		{"Write to L=[Adelaide SA] 5001 .", "LOC Adelaide SA"},
		{"O=[Dale Norris Co. Ltd] said on Monday it would sell .", "ORG Dale Norris Co. Ltd"}, // two forms
	}
	l := en.English{}
	for _, tc := range tests {
		doc, ents := markedDoc(t, l, tc.marked, annotation.Location)
		companiesByLegalForm(doc, ents, l, wordCasesOf(doc.Tokens))
		if m := mentionsOf(t, doc, ents); m != tc.want {
			t.Errorf("%s: %q, want %q", tc.marked, m, tc.want)
		}
	}
}
