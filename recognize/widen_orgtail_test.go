package recognize

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// TestExtendOrganizationTails checks which organizations' mentions take
// the lower-case words after their head noun.
func TestExtendOrganizationTails(t *testing.T) {
	tests := []struct {
		lang, text string
		name       string // the mention
		typ        annotation.Type
		next       string // a mention after it, if any
		want       string
	}{
		{"ru", "Заявление Шотландский совет независимых школ сделал вчера .", "Шотландский совет", annotation.Organization, "", "Шотландский совет независимых школ"},
		{"ru", "Данные Национального управления по ликвидации последствий стихийных бедствий неполны .", "Национального управления", annotation.Organization, "",
			"Национального управления по ликвидации последствий стихийных бедствий"},
		{"ru", "Заявление Шотландский совет независимых школ сделал вчера .", "Шотландский совет", annotation.Organization, "школ", "Шотландский совет"}, // an adjective without its noun
		{"ru", "Показания перед Судебным комитетом Сената по заявлениям истицы .", "Судебным комитетом Сената", annotation.Organization, "",
			"Судебным комитетом Сената"}, // по after a legislature: what it does
		{"ru", "Заседание Специального комитета по искусственному интеллекту прошло .", "Специального комитета", annotation.Organization, "",
			"Специального комитета по искусственному интеллекту"}, // по after a body named for a task
		{"ru", "Голосование в Сенате по утверждению судьи .", "Сенате", annotation.Organization, "", "Сенате"},                                   // one word
		{"ru", "Заявление Шотландский совет независимых школ сделал вчера .", "Шотландский совет", annotation.Location, "", "Шотландский совет"}, // a place
		{"ru", "Жители Нижнего Новгорода независимых взглядов .", "Нижнего Новгорода", annotation.Organization, "", "Нижнего Новгорода"},         // no head
		{"tr", "Dün Türk Tabipleri Birliği üyeleri toplandı .", "Türk Tabipleri Birliği", annotation.Organization, "", "Türk Tabipleri Birliği"},
	}
	for _, tc := range tests {
		l, _ := lang.Get(tc.lang)
		doc := &annotation.Document{Text: tc.text, Tokens: l.Tokenize(tc.text)}
		mention := func(name string, typ annotation.Type) annotation.Entity {
			start := strings.Index(tc.text, name)
			f, last, ok := doc.TokenRange(start, start+len(name))
			if !ok {
				t.Fatalf("%q not on token boundaries", name)
			}
			return doc.Mention(f, last, typ, 0.9, "model")
		}
		ents := []annotation.Entity{mention(tc.name, tc.typ)}
		if tc.next != "" {
			ents = append(ents, mention(tc.next, annotation.Person))
		}
		extendOrganizationTails(doc, ents, l)
		if ents[0].Text != tc.want || doc.Text[ents[0].Start:ents[0].End] != ents[0].Text {
			t.Errorf("%q: %q, want %q", tc.name, ents[0].Text, tc.want)
		}
	}
}
