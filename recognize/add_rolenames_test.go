package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/link"
)

// TestAddRoleNames checks which words after a role become people: a
// well-known person's surname that stands alone, nothing else.
func TestAddRoleNames(t *testing.T) {
	linker := link.New(gazetteer.Default())
	tests := []addedPeopleCase{
		{"tr", "CHP Genel Başkanı Özel tepki gösterdi .", []string{"Özel"}},
		{"tr", "Belediye Başkanı Yavaş 'ın açıklaması .", []string{"Yavaş"}},
		{"tr", "Genel Başkan Yardımcısı konuştu .", nil},    // a role, not a surname
		{"tr", "Genel Başkanı Özel Harekat 'ı övdü .", nil}, // a longer name
		{"tr", "Genel Başkanı Ayşe konuştu .", nil},         // no well-known person's surname
		{"tr", "Özel tepki gösterdi .", nil},                // no role before it
		{"en", "Interior Minister Yerlikaya said .", []string{"Yerlikaya"}},
	}
	checkAddedPeople(t, tests, func(doc *annotation.Document, l lang.Language) []annotation.Entity {
		return addRoleNames(doc, nil, l, linker, wordCasesOf(doc.Tokens))
	})
	tr, _ := lang.Get("tr")
	doc := &annotation.Document{Text: tests[0].text, Tokens: tr.Tokenize(tests[0].text)}
	doc.Sentences = tr.Sentences(doc.Text, doc.Tokens)
	if got := addRoleNames(doc, nil, tr, nil, nil); got != nil {
		t.Errorf("no linker: %v", got)
	}
}
