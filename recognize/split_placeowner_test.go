package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
)

// TestSplitPlaceOwner checks the mentions split after a known place's
// possessive (sentences written for the test).
func TestSplitPlaceOwner(t *testing.T) {
	tests := []struct {
		marked string // the sentence, its mentions marked as markedDoc reads them
		want   string // mentionsOf after the rule
	}{
		{"O=[Iraq 's Revolutionary Command Council] met on Sunday .", "LOC Iraq|ORG Revolutionary Command Council"},
		{"O=[Hong Kong 's Hang Seng] index fell .", "LOC Hong Kong|ORG Hang Seng"},
		{"O=[Moody 's Investors Service] cut the rating .", "ORG Moody 's Investors Service"}, // no place owns it
		{"O=[Leeds 's Brazilian] midfielder was fined .", "LOC Leeds"},                        // a nationality word
		{"P=[Iraq 's] army withdrew .", "PER Iraq 's"},                                        // nothing capitalized after it
		{"O=[Iraq 's armed forces] withdrew .", "ORG Iraq 's armed forces"},
	}
	g := gazetteer.Default()
	l := en.English{}
	for _, tc := range tests {
		doc, ents := markedDoc(t, l, tc.marked, annotation.Organization)
		doc.Sentences = []lang.Sentence{{Start: 0, End: len(doc.Text), First: 0, Last: len(doc.Tokens)}}
		got := splitPlaceOwner(doc, ents, l, g)
		if m := mentionsOf(t, doc, got); m != tc.want {
			t.Errorf("%s: %q, want %q", tc.marked, m, tc.want)
		}
		if len(got) == 2 && got[0].ID == "" {
			t.Errorf("%s: the place has no entry", tc.marked)
		}
	}
}

// TestCountriesAsPlaces checks that the tagger's organizations that are
// countries become places (sentences written for the test).
func TestCountriesAsPlaces(t *testing.T) {
	tests := []struct {
		marked string
		source string // the mention's source
		want   string
	}{
		{"O=[Nigeria] 's military government banned the paper .", "model", "LOC Nigeria"},
		{"O=[North Korea] says it will not disarm .", "model+rule", "LOC North Korea"},
		{"O=[Nigeria] 's military government banned the paper .", "rule", "ORG Nigeria"}, // a rule's organization
		{"O=[Kessling] said sales rose .", "model", "ORG Kessling"},                      // no country
		{"O=[Georgia Tech] won again .", "model", "ORG Georgia Tech"},                    // not the whole name
	}
	g := gazetteer.Default()
	l := en.English{}
	for _, tc := range tests {
		doc, ents := markedDoc(t, l, tc.marked, annotation.Organization)
		ents[0].Source = tc.source
		countriesAsPlaces(ents, l, g)
		if m := mentionsOf(t, doc, ents); m != tc.want {
			t.Errorf("%s (%s): %q, want %q", tc.marked, tc.source, m, tc.want)
		}
		if ents[0].Type == annotation.Location && ents[0].ID == "" {
			t.Errorf("%s: the country has no entry", tc.marked)
		}
	}
}
