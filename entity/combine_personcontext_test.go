package entity

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/lang"
)

// TestRetypePeopleByContext checks which place mentions become people by
// the words around them.
func TestRetypePeopleByContext(t *testing.T) {
	tests := []struct {
		lang, text string
		name, id   string
		want       Type
	}{
		{"ru", "Все ждут решения судьи Кавано .", "Кавано", "", Person},
		{"ru", "Однако Флейк поставил условие .", "Флейк", "", Person},
		{"ru", "Флейк поставил условие .", "Флейк", "", Person}, // the document's first word
		{"ru", "Президент Македонии выступил .", "Македонии", "", Location},
		{"ru", "Вчера в Марлоу остался офис .", "Марлоу", "", Location},
		{"ru", "Прибыл президент РФ Медведев .", "РФ", "", Location},          // an acronym
		{"ru", "Однако Москва заявила протест .", "Москва", "Q649", Location}, // the gazetteer's place
		{"ru", "Все ждут решения судьи Кавано", "Кавано", "", Person},         // the document's last word
		{"en", "Yesterday Flake said no .", "Flake", "", Location},            // no PersonContext
	}
	for _, tc := range tests {
		l, _ := lang.Get(tc.lang)
		doc := &Document{Text: tc.text, Tokens: l.Tokenize(tc.text)}
		start := strings.Index(tc.text, tc.name)
		f, last, ok := doc.TokenRange(start, start+len(tc.name))
		if !ok {
			t.Fatalf("%q not on token boundaries", tc.name)
		}
		ents := []Entity{doc.Mention(f, last, Location, 0.9, "model")}
		ents[0].ID = tc.id
		retypePeopleByContext(doc, ents, l)
		if ents[0].Type != tc.want {
			t.Errorf("%q in %q: %s, want %s", tc.name, tc.text, ents[0].Type, tc.want)
		}
	}
}
