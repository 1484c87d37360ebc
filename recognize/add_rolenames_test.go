package recognize

import (
	"strings"
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
	tests := []struct {
		lang, text string
		want       []string // the texts of the mentions after the rule
	}{
		{"tr", "CHP Genel Başkanı Özel tepki gösterdi .", []string{"Özel"}},
		{"tr", "Belediye Başkanı Yavaş 'ın açıklaması .", []string{"Yavaş"}},
		{"tr", "Genel Başkan Yardımcısı konuştu .", nil},    // a role, not a surname
		{"tr", "Genel Başkanı Özel Harekat 'ı övdü .", nil}, // a longer name
		{"tr", "Genel Başkanı Ayşe konuştu .", nil},         // no well-known person's surname
		{"tr", "Özel tepki gösterdi .", nil},                // no role before it
		{"en", "Interior Minister Yerlikaya said .", []string{"Yerlikaya"}},
	}
	for _, tc := range tests {
		l, _ := lang.Get(tc.lang)
		doc := &annotation.Document{Text: tc.text, Tokens: l.Tokenize(tc.text)}
		doc.Sentences = l.Sentences(tc.text, doc.Tokens)
		var got []string
		for _, e := range addRoleNames(doc, nil, l, linker) {
			if e.Type != annotation.Person || tc.text[e.Start:e.End] != e.Text {
				t.Errorf("%q: %s %q at %d:%d", tc.text, e.Type, e.Text, e.Start, e.End)
			}
			got = append(got, e.Text)
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q: %v, want %v", tc.text, got, tc.want)
		}
	}
	tr, _ := lang.Get("tr")
	doc := &annotation.Document{Text: tests[0].text, Tokens: tr.Tokenize(tests[0].text)}
	doc.Sentences = tr.Sentences(doc.Text, doc.Tokens)
	if got := addRoleNames(doc, nil, tr, nil); got != nil {
		t.Errorf("no linker: %v", got)
	}
}
