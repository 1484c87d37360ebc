package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang/tr"
)

// TestJoinCoordinatedBodies checks which mentions joined by "ve" to an
// organization after them become one organization.
func TestJoinCoordinatedBodies(t *testing.T) {
	tests := []struct {
		words string // tokens, space-separated; each [bracketed] run is a mention: P= person, L= place, O= organization, @ID known
		want  string // the mentions afterwards, "|"-separated
	}{
		{"P=[Avon] ve O=[Somerset Polisi] açıkladı", "ORG Avon ve Somerset Polisi"},
		{"L=[Birleşik Krallık İstihdam] ve O=[Beceri Komisyonu] tarafından", "ORG Birleşik Krallık İstihdam ve Beceri Komisyonu"},
		{"P=[Kemal Yurt] ve O=[Sanayi Odası] üyeleri", "PER Kemal Yurt|ORG Sanayi Odası"},   // a person's full name
		{"P=[Erdoğan]@Q1 ve O=[Ak Parti Grubu] toplandı", "PER Erdoğan|ORG Ak Parti Grubu"}, // a known person
		{"L=[Ankara] ve O=[Ak Parti Grubu]@Q2 toplandı", "LOC Ankara|ORG Ak Parti Grubu"},   // a known body
		{"L=[Ankara] ve O=[İstanbul Valisi] geldi", "LOC Ankara|ORG İstanbul Valisi"},       // no head at the end
		{"L=[Ankara] , O=[Somerset Polisi] açıkladı", "LOC Ankara|ORG Somerset Polisi"},     // not joined by ve
		{"L=[Ankara] ve O=[Polisi] açıkladı", "LOC Ankara|ORG Polisi"},                      // the head alone
	}
	l := tr.Turkish{}
	for _, tc := range tests {
		doc, ents := markedDoc(t, l, tc.words, annotation.Person)
		if got := mentionsOf(t, doc, joinCoordinatedBodies(doc, ents, l)); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.words, got, tc.want)
		}
	}
}
