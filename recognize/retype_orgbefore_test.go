package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
)

// TestRetypeByPhraseBefore checks which phrases before a name make it an
// organization's (sentences written for the test).
func TestRetypeByPhraseBefore(t *testing.T) {
	tests := []struct {
		marked string
		want   string
	}{
		{"Shares in L=[Brunnwald] fell 2 percent .", "ORG Brunnwald"},
		{"Analysts at P=[Mortimer Brothers] expect a cut .", "ORG Mortimer Brothers"},
		{"The chief executive of P=[Kessler] resigned .", "ORG Kessler"},
		{"Its merger with L=[Calder] was approved .", "ORG Calder"},
		{"He bought a stake in P=[Halvorsen] last year .", "ORG Halvorsen"},
		{"A spokesman for P=[Kessler] said no .", "PER Kessler"},               // politicians have spokesmen
		{"She has a stake in P=[Baldwin] 's production firm .", "PER Baldwin"}, // the firm is the object
		{"Shares in L=[Brazil]@Q155 fell .", "LOC Brazil"},                     // a country's
		{"The chief executive of P=[John Major]@Q1 spoke .", "PER John Major"}, // a known person
		{"Shares in L=[Tokyo]@Q1490 closed lower .", "LOC Tokyo"},              // a market
		{"Investors in L=[Tokyo]@Q1490 sold the yen .", "LOC Tokyo"},
		{"The chief executive of L=[Birmingham]@geonames:2655603 has resigned .", "LOC Birmingham"}, // a council's
		{"He lives in L=[Calder] with his family .", "LOC Calder"},                                  // no phrase
	}
	g := gazetteer.Default()
	l := en.English{}
	for _, tc := range tests {
		doc, ents := markedDoc(t, l, tc.marked, annotation.Location)
		doc.Sentences = []lang.Sentence{{Start: 0, End: len(doc.Text), First: 0, Last: len(doc.Tokens)}}
		retypeByPhraseBefore(doc, ents, l, g)
		if m := mentionsOf(t, doc, ents); m != tc.want {
			t.Errorf("%s: %q, want %q", tc.marked, m, tc.want)
		}
	}
}
