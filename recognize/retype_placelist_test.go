package recognize

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang/tr"
)

// TestPlacesBeforePlaceHead checks which people of a list before a
// lower-case place noun become places.
func TestPlacesBeforePlaceHead(t *testing.T) {
	tests := []struct {
		words string // tokens, space-separated; each [bracketed] run is a person mention, with @ID for a known one
		want  string // the types afterwards, "|"-separated
	}{
		{"[Resne] , [Manastır] ve [Pirlepe] şehirleri yer alır", "LOC|LOC|LOC"},
		{"[Brotton] , [Easton] kasabaları bağlıdır", "LOC|LOC"},
		{"[Ali]@Q1 , [Easton] kasabaları bağlıdır", "PER|LOC"},                  // known to the gazetteer
		{"yönetici [Joe Alleva] bölge kolluk kuvvetlerine", "PER"},              // one name: bölge is an adjective
		{"[Resne] ile ilgili [Pirlepe] şehirleri", "PER|PER"},                   // not a list: one name
		{"[Resne] , [Pirlepe] Şehirleri", "PER|PER"},                            // a capitalized noun is a name's
		{"Kaymakam [Mehmet Yılmaz] , [Çatalca] ilçesindeki köyleri", "PER|PER"}, // two names, a comma, a singular noun: an apposition
	}
	l := tr.Turkish{}
	for _, tc := range tests {
		doc, ents := markedDoc(t, l, tc.words, annotation.Person)
		placesBeforePlaceHead(doc, ents, l)
		var got []string
		for _, e := range ents {
			got = append(got, map[annotation.Type]string{annotation.Person: "PER", annotation.Location: "LOC"}[e.Type])
		}
		if strings.Join(got, "|") != tc.want {
			t.Errorf("%s: got %s, want %s", tc.words, strings.Join(got, "|"), tc.want)
		}
	}
}
