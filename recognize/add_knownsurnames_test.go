package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/link"
	"github.com/varlik/varlik/ner"
)

// TestAddKnownSurnames checks which capitalized words become people: a
// well-known person's surname that is a common word in lower case,
// standing alone inside running text, nothing else.
func TestAddKnownSurnames(t *testing.T) {
	linker := link.New(gazetteer.Default())
	tests := []addedPeopleCase{
		{"en", "Trump and Macron met on Monday .", []string{"Macron"}},
		{"en", "Macron met Trump on Monday .", nil},               // opens the sentence
		{"en", "The envoy said : Macron will come .", nil},        // opens a clause
		{"en", "They sang \" Macron is here \" twice .", nil},     // in a quotation
		{"en", "Trump and Emmanuel Macron met on Monday .", nil},  // beside a capital: a longer name
		{"en", "Code names were Alpha , Macron and Delta .", nil}, // a list of capitalized words
		{"en", "MACRON AND TRUMP MEET IN PARIS TODAY .", nil},     // capitals
		{"en", "The Macron Effect Is Real In Paris .", nil},       // title case
		{"en", "Trump and Johnson met on Monday .", nil},          // no common word: the tagger's
		{"tr", "Toplantıya dün Yavaş ve Erdoğan katıldı .", []string{"Yavaş"}},
	}
	checkAddedPeople(t, tests, func(doc *annotation.Document, l lang.Language) []annotation.Entity {
		m, err := ner.DefaultModel(l.Code())
		if err != nil {
			t.Fatal(err)
		}
		return addKnownSurnames(doc, nil, l, m, linker, wordCasesOf(doc.Tokens), new([]bool))
	})
}
