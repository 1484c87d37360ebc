package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang/en"
)

// TestSplitPersonOf checks the people split from where they are from or
// with (sentences written for the test).
func TestSplitPersonOf(t *testing.T) {
	tests := []struct {
		marked string // the sentence, its mentions marked as markedDoc reads them
		want   string
	}{
		{"[Robyn Kessling of Dunmore] said they played well .", "PER Robyn Kessling|ORG Dunmore"},
		{"[Jane Doyle of Kessling Holdings] declined to comment .", "PER Jane Doyle|ORG Kessling Holdings"},
		{"[John Smith of Boston] wrote in .", "PER John Smith|LOC Boston"}, // a place the gazetteer knows
		{"[Joan of Arc] was burned .", "PER Joan of Arc"},                  // one name before of
		{"[Jane Doyle of the] council spoke .", "PER Jane Doyle of the"},   // nothing capitalized after it
		{"[Jane Doyle]@Q1 spoke .", "PER Jane Doyle"},
	}
	g := gazetteer.Default()
	l := en.English{}
	for _, tc := range tests {
		doc, ents := markedDoc(t, l, tc.marked, annotation.Person)
		got := splitPersonOf(doc, ents, l, g)
		if m := mentionsOf(t, doc, got); m != tc.want {
			t.Errorf("%s: %q, want %q", tc.marked, m, tc.want)
		}
	}
}
