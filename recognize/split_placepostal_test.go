package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/tr"
)

// TestSplitPlacePostal checks which place mentions are split before a
// state's postal code.
func TestSplitPlacePostal(t *testing.T) {
	tests := []struct {
		l     lang.Language
		words string // tokens, space-separated; the place mention is the [bracketed] ones
		want  string // the mentions after the rule, "|"-separated
	}{
		{en.English{}, "What to do in [San Rafael Ca] ?", "San Rafael|Ca"},
		{en.English{}, "I live in [Austin TX] now", "Austin|TX"},
		{en.English{}, "We flew to [Tampa FL] today", "Tampa|FL"},
		{en.English{}, "We flew to [Tampa Fx] today", "Tampa Fx"},           // no postal code
		{en.English{}, "We flew to [Tampa Florida] today", "Tampa Florida"}, // written out: splitPlaceRegion's
		{en.English{}, "We went to [Qwzxv Ca] today", "Qwzxv Ca"},           // the town unknown
		{en.English{}, "We went to [Ca] today", "Ca"},                       // the code alone
		{tr.Turkish{}, "Biz [San Rafael Ca] gittik", "San Rafael Ca"},       // no lang.PostalRegions
	}
	g := gazetteer.Default()
	for _, tc := range tests {
		doc, first, last := bracketedDoc(t, tc.l, tc.words)
		ents := splitPlacePostal(doc, []annotation.Entity{doc.Mention(first, last, annotation.Location, 0.5, "model")}, tc.l, g)
		got := ""
		for i, e := range ents {
			if i > 0 {
				got += "|"
			}
			got += e.Text
			if doc.Text[e.Start:e.End] != e.Text || e.Type != annotation.Location {
				t.Errorf("%s: bad mention %+v", tc.words, e)
			}
		}
		if got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.words, got, tc.want)
		}
	}
}
