package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/tr"
)

// TestSplitAtInnerDivision checks that a place's mention splits at a
// lower-case division noun inside it, and that a noun at the edge, a
// lower-case word after the noun and a noun that is no division stay
// (sentences written for the test).
func TestSplitAtInnerDivision(t *testing.T) {
	tests := []struct {
		marked string // the sentence, its mentions marked as markedDoc reads them
		want   string // mentionsOf after the rule
	}{
		{"Köy L=[Sinop ilinin Ayancık] ilçesine bağlıdır .", "LOC Sinop|LOC Ayancık"},
		{"Okul L=[Ohio eyaletindeki Dayton] şehrindedir .", "LOC Ohio|LOC Dayton"},
		{"Köy L=[Sinop ilinin] sınırındadır .", "LOC Sinop ilinin"},          // the noun at the edge
		{"Köy L=[Sinop ilinin doğu] ucundadır .", "LOC Sinop ilinin doğu"},   // no capital after the noun
		{"Yol L=[Sinop ve Ayancık] arasındadır .", "LOC Sinop ve Ayancık"},   // no division noun
		{"Ev L=[Van gölünün Ahlat] kıyısındadır .", "LOC Van gölünün Ahlat"}, // a lake is no division
	}
	l := tr.Turkish{}
	for _, tc := range tests {
		doc, ents := markedDoc(t, l, tc.marked, annotation.Location)
		doc.Sentences = []lang.Sentence{{Start: 0, End: len(doc.Text), First: 0, Last: len(doc.Tokens)}}
		got := splitAtInnerDivision(doc, ents, l)
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
