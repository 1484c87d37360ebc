package recognize

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// TestSplitPlaceOffPerson checks which person mentions lose a leading
// place, and that the mentions stay sorted on their text.
func TestSplitPlaceOffPerson(t *testing.T) {
	g := gazetteer.Default()
	tests := []struct {
		lang, text, name string
		want             []string // TYPE:text of the mentions after the rule
	}{
		{"ru", "Вчера президент Ирана Махмуд Ахмадинежад заявил .", "Ирана Махмуд Ахмадинежад",
			[]string{"LOCATION:Ирана", "PERSON:Махмуд Ахмадинежад"}},
		{"ru", "Однако США Майк Помпео высказался .", "США Майк Помпео",
			[]string{"LOCATION:США", "PERSON:Майк Помпео"}},
		{"ru", "Вчера Ирана Махмуд заявил .", "Ирана Махмуд", []string{"PERSON:Ирана Махмуд"}},                               // two words
		{"ru", "Вчера Сергей Иванович Петров заявил .", "Сергей Иванович Петров", []string{"PERSON:Сергей Иванович Петров"}}, // no place
		{"en", "Yesterday US Mike Pompeo spoke .", "US Mike Pompeo", []string{"PERSON:US Mike Pompeo"}},                      // no inflected names
	}
	for _, tc := range tests {
		l, _ := lang.Get(tc.lang)
		doc := &annotation.Document{Text: tc.text, Tokens: l.Tokenize(tc.text)}
		start := strings.Index(tc.text, tc.name)
		f, last, ok := doc.TokenRange(start, start+len(tc.name))
		if !ok {
			t.Fatalf("%q not on token boundaries", tc.name)
		}
		var got []string
		for _, e := range splitPlaceOffPerson(doc, []annotation.Entity{doc.Mention(f, last, annotation.Person, 0.9, "model")}, l, g) {
			if tc.text[e.Start:e.End] != e.Text {
				t.Errorf("%q: offsets %d:%d do not hold it", e.Text, e.Start, e.End)
			}
			got = append(got, string(e.Type)+":"+e.Text)
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q: %v, want %v", tc.text, got, tc.want)
		}
	}
}
