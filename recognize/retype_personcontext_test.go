package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
)

// TestRetypePeopleByContext checks which place mentions become people by
// the words around them.
func TestRetypePeopleByContext(t *testing.T) {
	tests := []struct {
		lang, text string
		name, id   string
		want       annotation.Type
	}{
		{"ru", "Все ждут решения судьи Кавано .", "Кавано", "", annotation.Person},
		{"ru", "Однако Флейк поставил условие .", "Флейк", "", annotation.Person},
		{"ru", "Флейк поставил условие .", "Флейк", "", annotation.Person}, // the document's first word
		{"ru", "Президент Македонии выступил .", "Македонии", "", annotation.Location},
		{"ru", "Вчера в Марлоу остался офис .", "Марлоу", "", annotation.Location},
		{"ru", "Прибыл президент РФ Медведев .", "РФ", "", annotation.Location},          // an acronym
		{"ru", "Однако Москва заявила протест .", "Москва", "Q649", annotation.Location}, // the gazetteer's place
		{"ru", "Все ждут решения судьи Кавано", "Кавано", "", annotation.Person},         // the document's last word
		{"ru", "Неясно , хотел ли он высмеять Уэста .", "Уэста", "", annotation.Person},  // an infinitive's animate object
		{"ru", "Неясно , хотел ли он посетить Лондон .", "Лондон", "", annotation.Location},
		{"ru", "Неясно , хотел ли он посетить Марлоу .", "Марлоу", "", annotation.Location}, // no -а, -я
		{"ru", "После смерти Бату власть перешла к сыну .", "Бату", "", annotation.Person},  // a person's death
		{"ru", "Это сыновья Брахмы .", "Брахмы", "", annotation.Person},                     // kin
		{"ru", "Это часть Лондона .", "Лондона", "", annotation.Location},
		{"en", "Yesterday Flake said no .", "Flake", "", annotation.Person},
		{"en", "Then the Weather Center said no .", "Weather Center", "", annotation.Location},  // after the article
		{"en", "Yesterday Downing Street said no .", "Downing Street", "", annotation.Location}, // a place's head noun
		{"en", "Officials at Capitol Hill said no .", "Capitol Hill", "", annotation.Location},  // after a preposition
		{"tr", "Dün Flake konuştu .", "Flake", "", annotation.Location},                         // no PersonContext
	}
	for _, tc := range tests {
		doc, ents, l := mentionIn(t, tc.lang, tc.text, tc.name, annotation.Location, tc.id)
		retypePeopleByContext(doc, ents, l)
		if ents[0].Type != tc.want {
			t.Errorf("%q in %q: %s, want %s", tc.name, tc.text, ents[0].Type, tc.want)
		}
	}
}
