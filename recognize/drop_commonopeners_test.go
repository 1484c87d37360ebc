package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/ner"
)

// TestDropCommonOpeners checks which person's mentions the tagger made of
// a sentence's first word are common words.
func TestDropCommonOpeners(t *testing.T) {
	m, err := ner.DefaultModel("tr")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, held, source string
		want               bool // the mention is kept
	}{
		{"Departman, soruşturmanın sürdüğünü açıkladı.", "Departman", "model", false},
		{"Koleksiyonunuza yeni şapkalar ekleyin.", "Koleksiyonunuza", "model", false}, // an inflected common noun
		{"« Departman bunu bilmiyor » dedi.", "Departman", "model", false},            // after an opening quote
		{"Ahmet, soruşturmanın sürdüğünü açıkladı.", "Ahmet", "model", true},          // a given name
		{"Departman'ın yöneticisi konuştu.", "Departman", "model", true},              // written as a name
		{"Yeni bir Departman kuruldu.", "Departman", "model", true},                   // not the first word
		{"Departman dün kuruldu.", "Departman", "model+gazetteer", true},              // the gazetteer's
	}
	for _, tc := range tests {
		doc, ents, l := docHolding(t, "tr", tc.text, tc.held, annotation.Person)
		if len(ents) != 1 {
			t.Fatalf("%q: %d mentions of %q", tc.text, len(ents), tc.held)
		}
		ents[0].Source = tc.source
		if got := len(dropCommonOpeners(doc, ents, l, m)) == 1; got != tc.want {
			t.Errorf("%q: %q kept %v, want %v", tc.text, tc.held, got, tc.want)
		}
	}
	// Russian's lexicon has no common-word class: its dictionary
	// (lang.DictionaryWords) tells the common words.
	ru, err := ner.DefaultModel("ru")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text, held string
		want       bool
	}{
		{"Авария произошла утром.", "Авария", false},
		{"Гол забил Иванов.", "Гол", false},
		{"Вчера Авария произошла.", "Авария", true},          // not the first word
		{"Юань приехал из провинции Юньнань.", "Юань", true}, // WikiNER capitalizes юань as a name too
		{"Вера сказала, что уедет.", "Вера", true},           // a given name
	} {
		doc, ents, l := docHolding(t, "ru", tc.text, tc.held, annotation.Person)
		if len(ents) != 1 {
			t.Fatalf("%q: %d mentions of %q", tc.text, len(ents), tc.held)
		}
		if got := len(dropCommonOpeners(doc, ents, l, ru)) == 1; got != tc.want {
			t.Errorf("%q: %q kept %v, want %v", tc.text, tc.held, got, tc.want)
		}
	}
	if doc, ents, l := docHolding(t, "tr", "Departman dün kuruldu.", "Departman", annotation.Person); len(dropCommonOpeners(doc, ents, l, nil)) != 1 {
		t.Error("without a model: the mention dropped")
	}
}
