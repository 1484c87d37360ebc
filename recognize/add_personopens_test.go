package recognize

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// TestAddOpeningPeople checks which sentence-opening words become people.
func TestAddOpeningPeople(t *testing.T) {
	tests := []struct {
		lang, text string
		want       []string // the texts of the mentions after the rule
	}{
		{"ru", "Помпео встретился с ним .", []string{"Помпео"}},
		{"ru", "« Помпео встретился с ним » .", []string{"Помпео"}},
		{"ru", "Он ушел . Нугрохо назвал ущерб масштабным .", []string{"Нугрохо"}},
		{"ru", "Правительство заявило о мерах .", nil},
		{"ru", "Помпео", nil}, // one word: no verb
		{"ru", "Гайлз также добавил , что это так .", []string{"Гайлз"}}, // a consonant: no common word, place or body
		{"ru", "Ньютон установил закон .", []string{"Ньютон"}},
		{"ru", "Старридж получил пас .", []string{"Старридж"}},
		{"ru", "Роуз сыграла роль .", []string{"Роуз"}},
		{"ru", "Свинья-убийца не принадлежала братьям .", nil}, // a lower-case last part
		{"ru", "Генерал получил орден .", nil},                 // a dictionary word
		{"ru", "Грант получил профессор Иван Петров .", nil},   // the subject after the verb
		{"ru", "Лондон объявил о мерах .", nil},                // the gazetteer's town
		{"ru", "Кремль объявил о мерах .", nil},                // the gazetteer's body
		{"ru", "Ураган оказался сильным .", nil},               // a dictionary word
		{"ru", "Эверест был покорен .", nil},                   // был: places take it as often
		{"en", "Pompeo met him .", nil},
	}
	for _, tc := range tests {
		l, _ := lang.Get(tc.lang)
		doc := &annotation.Document{Text: tc.text, Tokens: l.Tokenize(tc.text)}
		doc.Sentences = l.Sentences(tc.text, doc.Tokens)
		var got []string
		for _, e := range addOpeningPeople(doc, nil, l, nil, gazetteer.Default(), nil) {
			if e.Type != annotation.Person || tc.text[e.Start:e.End] != e.Text {
				t.Errorf("%q: %s %q at %d:%d", tc.text, e.Type, e.Text, e.Start, e.End)
			}
			got = append(got, e.Text)
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q: %v, want %v", tc.text, got, tc.want)
		}
	}
}
