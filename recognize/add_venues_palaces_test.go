package recognize

import (
	"testing"

	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/ner"
)

// TestAddVenuesPalaces checks which palaces' names become places, on
// sentences written for the test: a palace named by a proper name does, a
// palace named by its kind (a common word first) does not, and none does
// without the model's lexicon.
func TestAddVenuesPalaces(t *testing.T) {
	m, err := ner.DefaultModel("tr")
	if err != nil {
		t.Fatal(err)
	}
	tr, _ := lang.Get("tr")
	tests := []struct {
		marked string
		noLex  bool
		want   string
	}{
		{"Tören Dolmabahçe Sarayı 'nda yapıldı .", false, "LOC Dolmabahçe Sarayı"},
		{"Heyet Topkapı Sarayının bahçesini gezdi .", false, "LOC Topkapı Sarayının"},
		{"Konuklar L=[Westminster] Sarayı 'na gitti .", false, "LOC Westminster Sarayı"}, // a place's mention taken in
		{"Ressam Kış Sarayı 'nı resmetti .", false, ""},                                  // a common word first: a palace of a kind
		{"Konuklar dün Kraliyet Sarayı 'na gitti .", false, ""},
		{"Beyaz Saray açıklama yaptı .", false, ""},                                 // the bare noun: a government
		{"Eski saray yeniden açıldı .", false, ""},                                  // no name
		{"Tören Dolmabahçe Sarayı 'nda yapıldı .", true, ""},                        // no lexicon
		{"Maç dün Kemal Aksoy Stadı 'nda oynandı .", true, "LOC Kemal Aksoy Stadı"}, // a venue needs none
	}
	for _, tc := range tests {
		doc, ents := givenMarkedDoc(tr, tc.marked)
		doc.Sentences = []lang.Sentence{{Start: 0, End: len(doc.Text), First: 0, Last: len(doc.Tokens)}}
		lex := m
		if tc.noLex {
			lex = nil
		}
		if got := mentionsOf(t, doc, addVenues(doc, ents, tr, lex, wordCasesOf(doc.Tokens))); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.marked, got, tc.want)
		}
	}
}
