package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang/tr"
)

// TestPlacesBeforeSeatRoles checks which mentions a seat's role after them
// makes places (sentences written for the test).
func TestPlacesBeforeSeatRoles(t *testing.T) {
	tests := []struct{ marked, want string }{
		{"P=[Chris Leslie] , P=[Nottingham East Parlamenteri]", "PER Chris Leslie|LOC Nottingham East"},
		{"P=[Dorset] Milletvekili konuştu .", "LOC Dorset"},
		{"P=[Texas] Senatörü P=[Ted Cruz] konuştu .", "LOC Texas|PER Ted Cruz"},
		{"O=[CHP] Milletvekili geldi .", "ORG CHP"},                                 // a party's member
		{"P=[Ahmet Yılmaz] Milletvekili oldu .", "PER Ahmet Yılmaz"},                // a given name first
		{"P=[Dorset] milletvekili oldu .", "PER Dorset"},                            // lower case: no compound with the name
		{"P=[Dorset] Vali P=[Ali Demir] ile konuştu .", "PER Dorset|PER Ali Demir"}, // the bare noun, a title
	}
	l := tr.Turkish{}
	for _, tc := range tests {
		doc, ents := markedDoc(t, l, tc.marked, annotation.Person)
		placesBeforeSeatRoles(doc, ents, l, nil)
		if m := mentionsOf(t, doc, ents); m != tc.want {
			t.Errorf("%s: %q, want %q", tc.marked, m, tc.want)
		}
	}
}
