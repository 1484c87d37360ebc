package recognize

import (
	"testing"

	"github.com/varlik/varlik/lang"
)

// TestAddVenues checks which venues' names become places, on sentences
// written for the test (P=[…], O=[…]: the mentions found).
func TestAddVenues(t *testing.T) {
	tr, _ := lang.Get("tr")
	tests := []struct {
		marked string
		want   string
	}{
		{"Dün Yeni Ova Stadı 'nda oynanan maç", "LOC Yeni Ova Stadı"},       // a sentence's first word
		{"Kemal Aksoy Stadı 'nda oynandı .", "LOC Kemal Aksoy Stadı"},       // a given name first
		{"Bugün 19 Mayıs Stadyumu 'nda oynandı .", "LOC 19 Mayıs Stadyumu"}, // a number in the name
		{"İnsanlar dün Central Park 'a akın etti .", "LOC Central Park"},    // a park, its English head
		// A review's sentences: a sentence's first word of the name, a headline in title case.
		{"Türk Telekom Arena 'da oynanan maçı kazandılar .", "LOC Türk Telekom Arena"},
		{"Ronaldo Stadyumu Terk Etti", ""},
		{"Ronaldo Stadyumu terk etti", "LOC Ronaldo Stadyumu"},
		{"Maç P=[Kemal Aksoy] Stadı 'nda oynandı .", "LOC Kemal Aksoy Stadı"},                                   // named after a person
		{"Maç O=[Yenikentspor] Stadı 'nda oynandı .", "LOC Yenikentspor Stadı"},                                 // named after a club
		{"Cuma namazı Eski Çarşı Camii 'nde kılındı .", "LOC Eski Çarşı Camii"},                                 // a mosque
		{"Konser L=[Ova Arena] 'da yapıldı .", "LOC Ova Arena"},                                                 // already a place
		{"Maç şehrin stadında oynandı .", ""},                                                                   // no name
		{"Stadı yeniden yapılacak .", ""},                                                                       // the head alone
		{"Wembley Stadı 'nda oynandı .", "LOC Wembley Stadı"},                                                   // a sentence's first word, the one before the head
		{"Maç , Dünya Kupası Şampiyonu Kaleci Umut Tosun Stadyumu", "LOC Şampiyonu Kaleci Umut Tosun Stadyumu"}, // at most four words
	}
	for _, tc := range tests {
		doc, ents := givenMarkedDoc(tr, tc.marked)
		doc.Sentences = []lang.Sentence{{Start: 0, End: len(doc.Text), First: 0, Last: len(doc.Tokens)}}
		if got := mentionsOf(t, doc, addVenues(doc, ents, tr, nil, wordCasesOf(doc.Tokens))); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.marked, got, tc.want)
		}
	}
}
