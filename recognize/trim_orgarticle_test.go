package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang/en"
)

// TestTrimOrgArticle checks the article cut off organizations (sentences
// written for the test).
func TestTrimOrgArticle(t *testing.T) {
	tests := []struct {
		marked string // the sentence, its mentions marked as markedDoc reads them
		want   string
	}{
		{"O=[The Kessling Trade Council] said on Monday it would act .", "ORG Kessling Trade Council"},
		{"He told O=[The Dunmore Times] about it .", "ORG The Dunmore Times"},  // a newspaper keeps it
		{"O=[The Kesslings] played on Friday .", "ORG The Kesslings"},          // two words: the article is the name's
		{"O=[The Kessling Council]@Q1 met .", "ORG The Kessling Council"},      // the gazetteer's name
		{"L=[The Dunmore Hills] are steep .", "LOC The Dunmore Hills"},         // a place
		{"O=[The new Kessling Council] met .", "ORG The new Kessling Council"}, // no capitalized word after it
	}
	l := en.English{}
	for _, tc := range tests {
		doc, ents := markedDoc(t, l, tc.marked, annotation.Organization)
		trimOrgArticle(doc, ents, l)
		if m := mentionsOf(t, doc, ents); m != tc.want {
			t.Errorf("%s: %q, want %q", tc.marked, m, tc.want)
		}
	}
}
