package recognize

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// TestJoinHeadToName checks when a capitalized head noun before a place's
// or a person's mention makes one organization of them.
func TestJoinHeadToName(t *testing.T) {
	tests := []struct {
		lang, text string
		name       string // the place's mention
		want       string // the mention after the rule
		typ        annotation.Type
	}{
		{"ru", "Данные дал Институт политических исследований Македонии вчера .", "Македонии", "Институт политических исследований Македонии", annotation.Organization},
		{"ru", "Он учился в Университете Мичигана .", "Мичигана", "Университете Мичигана", annotation.Organization},
		{"ru", "Правительство Москвы решило так .", "Москвы", "Москвы", annotation.Location},                                // opens the sentence
		{"ru", "Об этом заявил Совет вчера в Москве .", "Москве", "Москве", annotation.Location},                            // not a tail
		{"ru", "Вчера Полиция арестовала Дайтеона Симпсона .", "Дайтеона Симпсона", "Дайтеона Симпсона", annotation.Person}, // no head
		{"tr", "Dün Türk Tabipleri Birliği Ankara ofisi açıldı .", "Ankara", "Ankara", annotation.Location},
	}
	for _, tc := range tests {
		l, _ := lang.Get(tc.lang)
		doc := &annotation.Document{Text: tc.text, Tokens: l.Tokenize(tc.text)}
		start := strings.Index(tc.text, tc.name)
		f, last, ok := doc.TokenRange(start, start+len(tc.name))
		if !ok {
			t.Fatalf("%q not on token boundaries", tc.name)
		}
		typ := annotation.Location
		if tc.typ == annotation.Person {
			typ = annotation.Person
		}
		ents := []annotation.Entity{doc.Mention(f, last, typ, 0.9, "model")}
		joinHeadToName(doc, ents, l)
		if e := ents[0]; e.Text != tc.want || e.Type != tc.typ || doc.Text[e.Start:e.End] != e.Text {
			t.Errorf("%q: %s %q, want %s %q", tc.text, e.Type, e.Text, tc.typ, tc.want)
		}
	}
}
