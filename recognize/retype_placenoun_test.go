package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang/tr"
	"github.com/varlik/varlik/ner"
)

// TestPlacesBeforePlaceNoun checks which names before a lower-case place
// noun become places, retyped or added, and that a known place takes the
// gazetteer's place entry.
func TestPlacesBeforePlaceNoun(t *testing.T) {
	m, err := ner.DefaultModel("tr")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		words string // tokens, space-separated; [bracketed] runs are mentions, O= an organization's, P= a person's
		want  string // the mentions afterwards, type and text, "|"-separated
		id    bool   // whether the first mention has a gazetteer entry
	}{
		{"O=[Köln]@club kentine gitti", "LOC Köln", true},
		{"maç O=[Napoli] kentindeki stadyumda", "LOC Napoli", true},
		{"yağmur P=[Kelso Ridge] bölgesine yayıldı", "LOC Kelso Ridge", false},
		{"P=[Bruno] ve P=[Dalla] köylerinde", "PER Bruno|LOC Dalla", false},          // only the name before the noun
		{"yönetici P=[Joe Alleva] bölge kolluk kuvvetleri", "PER Joe Alleva", false}, // a bare noun is an adjective's
		{"O=[AB] ülkeleri anlaştı", "ORG AB", false},                                 // a country noun: the Union's members
		{"O=[Köln] Kenti Derneği", "ORG Köln", false},                                // a capitalized noun is a name's
		{"kuraklık Punta Eugenia sahiline ulaştı", "LOC Punta Eugenia", false},       // added
		{"bir Almanya köyünde", "LOC Almanya", true},
		{"Sınır kentinde yaşayanlar", "", false},                             // a common word opening the sentence
		{"? Şimdi cezaevinde yatacaksın", "", false},                         // a function word
		{"muhtar P=[Hasan Çelik] köyleri dolaştı", "PER Hasan Çelik", false}, // a given name first: the noun is an object
		{"gördük ki Sen köyün yolunu bilirsin", "", false},                   // the bare noun's genitive
		{"bu yıl Katalan kasabalarında", "", false},                          // a people's adjective
		{"P=[Ali] ve Veli kentine gitti", "PER Ali|LOC Veli", false},
		{"mahkumlar P=[Long Lartin] hapishanesine götürüldü", "LOC Long Lartin", false}, // a facility
		{"taraftarlar O=[Fenerbahçe] stadında", "ORG Fenerbahçe", false},                // a facility's owner
		{"kaleci P=[Zorbek] kalesini korudu", "PER Zorbek", false},                      // a keeper's goal
	}
	l, g := tr.Turkish{}, gazetteer.Default()
	for _, tc := range tests {
		doc, ents := markedDoc(t, l, tc.words, annotation.Person)
		doc.Sentences = l.Sentences(doc.Text, doc.Tokens)
		ents = placesBeforePlaceNoun(doc, ents, l, g, m, wordCasesOf(doc.Tokens))
		if got := mentionsOf(t, doc, ents); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.words, got, tc.want)
		}
		if len(ents) > 0 && ((ents[0].ID != "") != tc.id || ents[0].ID == "club") {
			t.Errorf("%s: ID %q, want one: %v", tc.words, ents[0].ID, tc.id)
		}
	}
}
