package recognize

import (
	"testing"

	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/ner"
)

// TestAddVenuesFacilities checks which facilities' names become places, on
// sentences written for the test (P=[…], O=[…], L=[…]: the mentions found):
// a name up to its head, a mention that ends in the head retyped, a
// sentence's capitalized common first word left out unless a given name.
func TestAddVenuesFacilities(t *testing.T) {
	m, err := ner.DefaultModel("tr")
	if err != nil {
		t.Fatal(err)
	}
	tr, _ := lang.Get("tr")
	tests := []struct {
		marked string
		want   string
	}{
		{"Trafik Boğaziçi Köprüsü 'nde durdu .", "LOC Boğaziçi Köprüsü"},                            // a common word opens the sentence
		{"Tarihi Galata Kulesi yeniden açıldı .", "LOC Galata Kulesi"},                              // an adjective opens it
		{"Turistler Kız Kulesi 'ne gitti .", "LOC Kız Kulesi"},                                      // a common word inside the name
		{"Yavuz Sultan Selim Köprüsü 'nden geçtiler .", "LOC Yavuz Sultan Selim Köprüsü"},           // a given name opens it
		{"Heyet L=[Esenboğa] Havalimanı 'na indi .", "LOC Esenboğa Havalimanı"},                     // a place's mention taken in
		{"P=[Fatih Sultan Mehmet Köprüsü] üzerinde bakım var .", "LOC Fatih Sultan Mehmet Köprüsü"}, // retyped: no person
		{"Kabine O=[Cumhurbaşkanlığı Külliyesi] 'nde toplandı .", "LOC Cumhurbaşkanlığı Külliyesi"}, // nor a body
		{"Heyet O=[Köprü Partisi] ile görüştü .", "ORG Köprü Partisi"},                              // the head not last
		{"Golden Gate Köprüsü kapandı .", "LOC Golden Gate Köprüsü"},                                // a dictionary word the prior finds capitalized
		{"Galata Kulesi açıldı .", "LOC Galata Kulesi"},                                             // the only word before the head
		{"Kulesi yıkıldı .", ""},             // the head alone
		{"Eski köprüsü yıkıldı .", ""},       // in small letters
		{"Ailesi Manastır 'dan göçtü .", ""}, // the bare noun: a town
	}
	for _, tc := range tests {
		doc, ents := givenMarkedDoc(tr, tc.marked)
		doc.Sentences = []lang.Sentence{{Start: 0, End: len(doc.Text), First: 0, Last: len(doc.Tokens)}}
		if got := mentionsOf(t, doc, addVenues(doc, ents, tr, m, wordCasesOf(doc.Tokens))); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.marked, got, tc.want)
		}
	}
}
