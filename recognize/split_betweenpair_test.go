package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/tr"
)

// TestSplitPairBeforeBetween checks that a place's mention before
// "arasında" with no partner before it splits into the two places, and
// that a partner, a name the gazetteer knows whole, a place noun inside
// and a mention not before "arasında" stay (sentences written for the
// test).
func TestSplitPairBeforeBetween(t *testing.T) {
	tests := []struct {
		marked string // the sentence, its mentions marked as markedDoc reads them
		want   string // mentionsOf after the rule
	}{
		{"Tren L=[Ankara Zonguldak] arasında işler .", "LOC Ankara|LOC Zonguldak"},
		{"Yol L=[Konya Ereğli] arasındaki dağlardan geçer .", "LOC Konya|LOC Ereğli"},
		{"Hat L=[New York Boston] arasına uzanır .", "LOC New York|LOC Boston"},
		{"Tren L=[Ankara] ile L=[Konya Ereğli] arasında işler .", "LOC Ankara|LOC Konya Ereğli"}, // a partner before
		{"Yol L=[Kuzey Kore] arasında değil .", "LOC Kuzey Kore"},                                // one name
		{"Gemi L=[Ege Denizi] arasından geçti .", "LOC Ege Denizi"},                              // a place noun
		{"Tren L=[Ankara Zonguldak] hattında işler .", "LOC Ankara Zonguldak"},                   // no "between"
	}
	g := gazetteer.Default()
	l := tr.Turkish{}
	for _, tc := range tests {
		doc, ents := markedDoc(t, l, tc.marked, annotation.Location)
		doc.Sentences = []lang.Sentence{{Start: 0, End: len(doc.Text), First: 0, Last: len(doc.Tokens)}}
		got := splitPairBeforeBetween(doc, ents, l, g)
		if m := mentionsOf(t, doc, got); m != tc.want {
			t.Errorf("%s: %q, want %q", tc.marked, m, tc.want)
		}
		for _, e := range got {
			if doc.Text[e.Start:e.End] != e.Text {
				t.Errorf("%s: offsets of %q", tc.marked, e.Text)
			}
		}
	}
}
