package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/tr"
)

// TestTeamsByPossession checks which places before a part of a side's
// play or pitch become the side (sentences written for the test).
func TestTeamsByPossession(t *testing.T) {
	tests := []struct {
		marked string
		sports bool
		want   string
	}{
		{"L=[Brighton] ceza sahasının kenarında topu aldı .", false, "ORG Brighton"},          // the penalty area: anywhere
		{"L=[Tombuktu] kalecisi topu kaçırdı .", false, "ORG Tombuktu"},                       // a goalkeeper: anywhere
		{"L=[Tombuktu] teknik direktörü konuştu .", false, "ORG Tombuktu"},                    // the head coach
		{"L=[Tombuktu] 'nun savunmasını dağıttılar .", true, "ORG Tombuktu"},                  // genitive, in a match report
		{"L=[Tombuktu] 'nun savunmasını dağıttılar .", false, "LOC Tombuktu"},                 // a town's defence in a war
		{"L=[Tombuktu] sahasında petrol bulundu .", false, "LOC Tombuktu"},                    // an oil field
		{"L=[Tombuktu] 'ya kalecisi gitti .", true, "LOC Tombuktu"},                           // a dative: no compound
		{"L=[Tombuktu] Kalesi çok eski .", true, "LOC Tombuktu"},                              // capitalized: a name's own word
		{"L=[Almanya]@Q183 kalecisi topu kaçırdı .", false, "LOC Almanya"},                    // a country's side is a place
		{"P=[Ahmet] 'in savunması alındı .", true, "PER Ahmet"},                               // people are left alone
		{"L=[Tombuktu] oyuncusu sahneye çıktı .", true, "LOC Tombuktu"},                       // a player may be an actor
		{"eski Zorbax kalecisi P=[Liam Kelly] konuştu .", false, "ORG Zorbax|PER Liam Kelly"}, // a word no mention holds
		{"Eski kalecisi P=[Liam Kelly] konuştu .", false, "PER Liam Kelly"},                   // the sentence's first word
		{"Yeni Zorbax kalecisi geldi .", false, ""},                                           // after a capitalized word
	}
	g := gazetteer.Default()
	l := tr.Turkish{}
	for _, tc := range tests {
		doc, ents := markedGivenDoc(t, l, tc.marked, annotation.Location) // 'nun a suffix, as written Tombuktu'nun
		doc.Sentences = []lang.Sentence{{Start: 0, End: len(doc.Text), First: 0, Last: len(doc.Tokens)}}
		ents, _ = teamsByPossession(doc, ents, l, g, []bool{tc.sports}, wordCasesOf(doc.Tokens))
		if m := mentionsOf(t, doc, ents); m != tc.want {
			t.Errorf("%s (sports %v): %q, want %q", tc.marked, tc.sports, m, tc.want)
		}
	}
}
