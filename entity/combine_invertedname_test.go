package entity

import (
	"testing"

	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
)

// TestJoinInvertedNames checks that a quoted "surname , given name" becomes
// one person, and that other commas stay (sentences written for the test).
func TestJoinInvertedNames(t *testing.T) {
	tests := []struct {
		marked string // the sentence, its mentions marked as markedDoc reads them
		want   string // mentionsOf after the rule
	}{
		{`From : " P=[Hollis] , P=[Andrew] " < ah@example.com >`, "PER Hollis , Andrew"},
		{`From : " Hollis , P=[Andrew Ray] "`, "PER Hollis , Andrew Ray"},               // no mention of the surname
		{`To : “ L=[Hollis] , P=[Andrew] ” today`, "PER Hollis , Andrew"},               // curly quotes
		{`" P=[Hollis] , P=[Andrew] and P=[Kim] "`, "PER Hollis|PER Andrew|PER Kim"},    // not alone in the quotes
		{`P=[Hollis] , P=[Andrew] and P=[Kim] came .`, "PER Hollis|PER Andrew|PER Kim"}, // no quotes
		{`" Paris , L=[France] "`, "LOC France"},                                        // no person
	}
	l := en.English{}
	for _, tc := range tests {
		doc, ents := markedDoc(t, l, tc.marked, Person)
		doc.Sentences = []lang.Sentence{{Start: 0, End: len(doc.Text), First: 0, Last: len(doc.Tokens)}}
		if m := mentionsOf(t, doc, joinInvertedNames(doc, ents)); m != tc.want {
			t.Errorf("%s: %q, want %q", tc.marked, m, tc.want)
		}
	}
}
