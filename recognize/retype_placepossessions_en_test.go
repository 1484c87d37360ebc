package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
)

// TestPlacesByPossessionEnglish checks that an English person's mention
// whose possessive owns what only a place has becomes a place.
func TestPlacesByPossessionEnglish(t *testing.T) {
	tests := []struct {
		marked string // [bracketed] runs: people's mentions; @ID a gazetteer's ID
		want   string
	}{
		{"more than 10 percent of [Lombok] 's population had been dislocated", "LOC Lombok"},
		{"[Macedonia] 's PM Zoran Zaev voted", "LOC Macedonia"},           // an abbreviation in capitals
		{"[Macedonia] 's Institute for Policy Research", "PER Macedonia"}, // a capitalized word: a name's
		{"[Kavanaugh] 's nomination was delayed", "PER Kavanaugh"},        // a person's possession
		{"[Obama]@Q76 's government fell", "PER Obama"},                   // known to the gazetteer
		{"[Kumaratunga] 's government was keen", "PER Kumaratunga"},       // a leader's government
		{"[Rocca] 's ambassador", "PER Rocca"},                            // a leader's envoy
		{"[Lombok] 's embassy", "LOC Lombok"},
	}
	l := en.English{}
	for _, tc := range tests {
		doc, ents := markedDoc(t, l, tc.marked, annotation.Person)
		for i := range doc.Tokens {
			if doc.Tokens[i].Text == "'s" {
				doc.Tokens[i].Kind = lang.Suffix // as the English tokenizer splits "Lombok's"
			}
		}
		placesByPossession(doc, ents, l)
		if got := mentionsOf(t, doc, ents); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.marked, got, tc.want)
		}
	}
}
