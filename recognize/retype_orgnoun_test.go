package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang/tr"
	"github.com/varlik/varlik/ner"
)

// TestOrganizationsBeforeNoun checks which names before a lower-case noun
// of an organization's kind become organizations, retyped or added.
func TestOrganizationsBeforeNoun(t *testing.T) {
	m, err := ner.DefaultModel("tr")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		words string // tokens, space-separated; [bracketed] runs are mentions, P= a person's, L= a place's
		want  string // the mentions afterwards, type and text, "|"-separated
	}{
		{"oyuncu P=[Zorbex] markasını tanıttı", "ORG Zorbex"},        // a person's mention retyped
		{"soygun bir Brankel çalışanından yapıldı", "ORG Brankel"},   // added
		{"dün Kelvor Tekstil şirketine gitti", "ORG Kelvor Tekstil"}, // two words
		{"bir L=[Çin] firması kazandı", "LOC Çin"},                   // a place's firm
		{"bir Alman firması kazandı", ""},                            // a people's adjective
		{"konserde Alman Pop Rock grubu çaldı", ""},                  // a people's adjective first
		{"konserde Iron Maiden grubu çaldı", "ORG Iron Maiden"},      // a band
		{"Tekstil şirketine gitti", ""},                              // the sentence's first word
		{"bir Almanya şirketi kazandı", ""},                          // a place the gazetteer knows
		{"bir Büyük şirketi kazandı", ""},                            // a common word
		{"dün Zorbex şirketin merkezine gitti", ""},                  // the bare noun's genitive
		{"açıklamayı P=[Zorbex] sözcüsü yaptı", "ORG Zorbex"},
		{"dün P=[Ali]@Q1 firmasına gitti", "PER Ali"},                               // a person the gazetteer knows
		{"bir P=[Zorbex] eczane zincirinin sahibi", "ORG Zorbex"},                   // a trade between
		{"P=[Aldi] ve P=[Lidl] indirimli satış mağazalarıyla", "ORG Aldi|ORG Lidl"}, // a list before a trade
		{"dün Kelvor eczane zincirine gitti", "ORG Kelvor"},                         // added before a trade
		{"P=[Aldi] ve P=[Lidl] mağazalarıyla", "PER Aldi|PER Lidl"},                 // a store alone says nothing
		{"P=[Aldi] yeni satış mağazaları", "PER Aldi"},                              // not a trade's word
		{"P=[Aldi] eczane gıda satış mağazaları", "PER Aldi"},                       // too many words
	}
	l, g := tr.Turkish{}, gazetteer.Default()
	for _, tc := range tests {
		doc, ents := markedDoc(t, l, tc.words, annotation.Person)
		doc.Sentences = l.Sentences(doc.Text, doc.Tokens)
		ents, _ = organizationsBeforeNoun(doc, ents, l, g, m, wordCasesOf(doc.Tokens))
		if got := mentionsOf(t, doc, ents); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.words, got, tc.want)
		}
	}
}
