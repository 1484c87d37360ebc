package recognize

import (
	"testing"

	"github.com/varlik/varlik/lang"
)

// TestPlacesByPossession checks which person's mentions become places by
// what their genitive owns, on sentences written for the test.
func TestPlacesByPossession(t *testing.T) {
	tr, _ := lang.Get("tr")
	tests := []struct {
		marked string
		want   string
	}{
		{"Fırtına P=[Villa Ortega] 'nın kuzeybatısında karaya çıktı .", "LOC Villa Ortega"}, // a compass part
		{"Halk P=[Nordavia] 'nın bağımsızlığını kutladı .", "LOC Nordavia"},                 // independence
		{"P=[Tarvisio] 'nun nüfusu azaldı .", "LOC Tarvisio"},                               // population
		{"P=[Ahmet Kaya] 'nın şarkısı çalındı .", "PER Ahmet Kaya"},                         // a person's possession
		{"P=[Ahmet Kaya] 'ya kuzeyi gösterdi .", "PER Ahmet Kaya"},                          // no genitive
		{"P=[Ahmet Kaya] 'nın doğum günü kutlandı .", "PER Ahmet Kaya"},                     // doğum, no compass part
		{"P=[Selin] 'in Kuzeyi adlı romanı çıktı .", "PER Selin"},                           // a capitalized title
		{"P=[Villa Ortega]", "PER Villa Ortega"},                                            // the text's end
	}
	for _, tc := range tests {
		doc, ents := givenMarkedDoc(tr, tc.marked)
		placesByPossession(doc, ents, tr)
		if got := mentionsOf(t, doc, ents); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.marked, got, tc.want)
		}
	}
}
