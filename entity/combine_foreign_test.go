package entity

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// TestAddForeignScriptNames checks which capitalized runs of Latin words
// in Russian text become organizations.
func TestAddForeignScriptNames(t *testing.T) {
	g := gazetteer.Default()
	tests := []struct {
		lang, text string
		held       string // a mention already holds this word
		want       []string
	}{
		{"ru", "Она продает косметику Essie и Maybelline в магазинах .", "", []string{"Essie", "Maybelline"}},
		{"ru", "Акции Sun Microsystems выросли на бирже .", "", []string{"Sun Microsystems"}},
		{"ru", "Он долго работал в Industrial and Commercial Bank of China до самой войны .", "", []string{"Industrial and Commercial Bank of China"}},
		{"ru", "Данные по технологии comScore опубликованы сегодня .", "", []string{"comScore"}},
		{"ru", "Прогноз на сайте weather.com обновлен вчера .", "", []string{"weather.com"}},
		{"ru", "Новости на сайте LiverpoolFC.com вышли вчера .", "", []string{"LiverpoolFC.com"}},
		{"ru", "Он читал weather каждый день утром .", "", nil},                // lower case, no domain
		{"ru", "Анализ на HER2 показал рост .", "", nil},                       // a code, not a name
		{"ru", "Буква A стоит в начале списка .", "", nil},                     // one letter
		{"ru", "Он прилетел в London вчера вечером .", "", nil},                // a known place
		{"ru", "Он сказал : Welcome to the Welsh Parliament today .", "", nil}, // mostly English
		{"ru", "Акции Sun Microsystems выросли на бирже .", "Sun", nil},        // held by a mention
		{"tr", "Şirket Essie ve Maybelline markalarını satıyor .", "", nil},    // Turkish writes names in Latin letters
	}
	for _, tc := range tests {
		l, _ := lang.Get(tc.lang)
		doc := &Document{Text: tc.text, Tokens: l.Tokenize(tc.text)}
		doc.Sentences = l.Sentences(doc.Text, doc.Tokens)
		var ents []Entity
		for i, tok := range doc.Tokens {
			if tok.Text == tc.held {
				ents = append(ents, doc.Mention(i, i+1, Person, 0.9, "model"))
			}
		}
		var got []string
		for _, e := range addForeignScriptNames(doc, ents, l, g) {
			if e.Source == "rule" {
				if e.Type != Organization || doc.Text[e.Start:e.End] != e.Text {
					t.Errorf("%q: added %+v", tc.text, e)
				}
				got = append(got, e.Text)
			}
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q: added %q, want %q", tc.text, got, tc.want)
		}
	}
}
