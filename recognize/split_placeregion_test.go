package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
)

// TestSplitPlaceRegion checks that a town run together with its region or
// country splits in two, and that names the gazetteer knows whole, commas
// and towns of another country stay (sentences written for the test).
func TestSplitPlaceRegion(t *testing.T) {
	tests := []struct {
		marked string // the sentence, its mentions marked as markedDoc reads them
		want   string // mentionsOf after the rule
	}{
		{"We moved to L=[Miramar California] last year .", "LOC Miramar|LOC California"},
		{"she flew to L=[san francisco california] today .", "LOC san francisco|LOC california"},
		{"The hotel in L=[Lyon France] was cheap .", "LOC Lyon|LOC France"},
		{"He lives in L=[Papua New Guinea] now .", "LOC Papua New Guinea"},        // one name
		{"He lives in L=[Tampa Bay] now .", "LOC Tampa Bay"},                      // no region after the town
		{"We drove from L=[Tampa , Florida] north .", "LOC Tampa , Florida"},      // a comma: the tagger's reading
		{"We drove to L=[Lyon Texas] at night .", "LOC Lyon Texas"},               // Lyon is no town of Texas here
		{"a wedding in L=[Miramar Florida] .", "LOC Miramar|LOC Florida"},         // the state, not its first entry
		{"The shop in L=[Colchester Essex] closed .", "LOC Colchester|LOC Essex"}, // a county: a second-level region
	}
	g := gazetteer.Default()
	l := en.English{}
	for _, tc := range tests {
		doc, ents := markedDoc(t, l, tc.marked, annotation.Location)
		doc.Sentences = []lang.Sentence{{Start: 0, End: len(doc.Text), First: 0, Last: len(doc.Tokens)}}
		got := splitPlaceRegion(doc, ents, l, g)
		if m := mentionsOf(t, doc, got); m != tc.want {
			t.Errorf("%s: %q, want %q", tc.marked, m, tc.want)
		}
		for _, e := range got {
			if len(got) == 2 && e.ID == "" {
				t.Errorf("%s: %s has no entry", tc.marked, e.Text)
			}
		}
	}
}
