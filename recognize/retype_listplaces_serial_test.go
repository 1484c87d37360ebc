package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang/en"
)

// TestPlacesInListsSerialComma checks that a comma before the
// coordinating word of a list's last name (the serial comma) keeps the
// name in the list.
func TestPlacesInListsSerialComma(t *testing.T) {
	tests := []struct {
		marked string
		want   string
	}{
		{"dead in L=[Mosul] , L=[Baiji] , and P=[Tuz] .", "LOC Mosul|LOC Baiji|LOC Tuz"},
		{"dead in L=[Mosul] , L=[Baiji] and P=[Tuz] .", "LOC Mosul|LOC Baiji|LOC Tuz"},
		{"dead in L=[Mosul] , L=[Baiji] , then P=[Tuz] .", "LOC Mosul|LOC Baiji|PER Tuz"},                                     // no coordinating word
		{"dead in L=[Mosul] , L=[Baiji] , and so P=[Tuz] .", "LOC Mosul|LOC Baiji|PER Tuz"},                                   // a word between
		{"in L=[San Jose] , P=[Palo Alto] , L=[San Francisco] .", "LOC San Jose|LOC Palo Alto|LOC San Francisco"},             // two words
		{"in L=[San Jose] , P=[Palo Alto Verde] , L=[San Francisco] .", "LOC San Jose|PER Palo Alto Verde|LOC San Francisco"}, // three: too long
		{"in L=[San Jose] , P=[John Palo] , L=[San Francisco] .", "LOC San Jose|PER John Palo|LOC San Francisco"},             // a given name opens it
	}
	l := en.English{}
	for _, tc := range tests {
		doc, ents := markedDoc(t, l, tc.marked, annotation.Person)
		placesInLists(doc, ents, l)
		if m := mentionsOf(t, doc, ents); m != tc.want {
			t.Errorf("%s: %q, want %q", tc.marked, m, tc.want)
		}
	}
}
