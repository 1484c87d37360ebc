package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
)

// TestSplitPlaceRegionTownOfRegion checks that a town split off its
// region is given the town of that region where the gazetteer knows
// several of one name in the region's country (Springfield, Aurora,
// Columbus, Kansas City: sentences written for the test), not the first.
func TestSplitPlaceRegionTownOfRegion(t *testing.T) {
	g := gazetteer.Default()
	l := en.English{}
	for _, marked := range []string{
		"The fair in L=[Springfield Illinois] opened .",
		"She grew up in L=[Aurora Illinois] and left .",
		"The base near L=[Columbus Georgia] closed .",
		"a storm hit L=[kansas city kansas] overnight .",
	} {
		doc, ents := markedDoc(t, l, marked, annotation.Location)
		doc.Sentences = []lang.Sentence{{Start: 0, End: len(doc.Text), First: 0, Last: len(doc.Tokens)}}
		got := splitPlaceRegion(doc, ents, l, g)
		if len(got) != 2 {
			t.Errorf("%s: %d mentions, want the town and its region", marked, len(got))
			continue
		}
		town, region := g.ByID(got[0].ID), g.ByID(got[1].ID)
		if town == nil || region == nil || town.Attrs["parent"] != region.ID {
			t.Errorf("%s: %s (%v) is not the town of %s (%s)", marked, got[0].Text, town, got[1].Text, got[1].ID)
		}
	}
}
