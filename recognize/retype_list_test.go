package recognize

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// TestRetypeOwnedList checks which mentions listed after an organization
// that a word before it made one become organizations.
func TestRetypeOwnedList(t *testing.T) {
	g := gazetteer.Default()
	tests := []struct {
		lang, text string
		names      []string // the mentions: the first an organization, the rest places
		ids        []string
		want       string // the organizations after the rule
	}{
		{"ru", "Отделы будут в магазинах Бутс , Супердраг и Дебенхэмс вскоре .", []string{"Бутс", "Супердраг", "Дебенхэмс"}, nil, "Бутс|Супердраг|Дебенхэмс"},
		{"ru", "Отделы будут в магазинах Бутс , Супердраг , а Дебенхэмс закроют .", []string{"Бутс", "Супердраг", "Дебенхэмс"}, nil, "Бутс|Супердраг"}, // ", а" ends the list
		{"ru", "Отделы будут в Бутс , Супердраг и Дебенхэмс вскоре .", []string{"Бутс", "Супердраг", "Дебенхэмс"}, nil, "Бутс"},                        // no owning word
		{"ru", "Отделы будут в магазинах Бутс и Москве вскоре .", []string{"Бутс", "Москве"}, []string{"", "Q649"}, "Бутс"},                            // a known place
	}
	for _, tc := range tests {
		l, _ := lang.Get(tc.lang)
		doc := &annotation.Document{Text: tc.text, Tokens: l.Tokenize(tc.text)}
		var ents []annotation.Entity
		from := 0
		for i, name := range tc.names {
			start := from + strings.Index(tc.text[from:], name)
			f, last, ok := doc.TokenRange(start, start+len(name))
			if !ok {
				t.Fatalf("%q not on token boundaries", name)
			}
			typ := annotation.Location
			if i == 0 {
				typ = annotation.Organization
			}
			e := doc.Mention(f, last, typ, 0.9, "model")
			if tc.ids != nil {
				e.ID = tc.ids[i]
			}
			ents = append(ents, e)
			from = start + len(name)
		}
		names := retypeOwnedList(doc, ents, l, g)
		var got []string
		for _, e := range ents {
			if e.Type == annotation.Organization {
				got = append(got, e.Text)
			}
		}
		if strings.Join(got, "|") != tc.want || len(names) != len(got)-1 {
			t.Errorf("%q: organizations %q (retyped %q), want %q", tc.text, got, names, tc.want)
		}
	}
}
