package entity

import (
	"testing"
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
		{"en", "Yesterday Flake said no .", "Flake", "", Person},
		{"en", "Then the Weather Center said no .", "Weather Center", "", Location},  // after the article
		{"en", "Yesterday Downing Street said no .", "Downing Street", "", Location}, // a place's head noun
		{"en", "Officials at Capitol Hill said no .", "Capitol Hill", "", Location},  // after a preposition
		{"tr", "Dün Flake konuştu .", "Flake", "", Location},                         // no PersonContext
	}
	for _, tc := range tests {
		doc, ents, l := mentionIn(t, tc.lang, tc.text, tc.name, Location, tc.id)
		retypePeopleByContext(doc, ents, l)
		if ents[0].Type != tc.want {
			t.Errorf("%q in %q: %s, want %s", tc.name, tc.text, ents[0].Type, tc.want)
		}
	}
}
