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
		{"dead in L=[Mosul] , L=[Baiji] , then P=[Tuz] .", "LOC Mosul|LOC Baiji|PER Tuz"},   // no coordinating word
		{"dead in L=[Mosul] , L=[Baiji] , and so P=[Tuz] .", "LOC Mosul|LOC Baiji|PER Tuz"}, // a word between
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
