package recognize

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// TestJoinQuotedPairs checks which two mentions joined by и inside
// guillemets become one organization.
func TestJoinQuotedPairs(t *testing.T) {
	g := gazetteer.Default()
	tests := []struct {
		lang, text string
		names      []string // one-word person mentions, with the gazetteer IDs ids
		ids        []string
		want       []string // the mentions after the rule
	}{
		{"ru", "Контракт с « Кирилл и Мефодий » подписан .", []string{"Кирилл", "Мефодий"}, nil, []string{"Кирилл и Мефодий"}},
		{"ru", "Контракт с « Брюс и Джейн » подписан .", []string{"Брюс", "Джейн"}, nil, []string{"Брюс и Джейн"}},
		{"ru", "Пришли Кирилл и Мефодий .", []string{"Кирилл", "Мефодий"}, nil, []string{"Кирилл", "Мефодий"}},             // no quotes
		{"ru", "Фильм « Кирилл и Мефодий в Москве » .", []string{"Кирилл", "Мефодий"}, nil, []string{"Кирилл", "Мефодий"}}, // the quotes hold more
		{"ru", "Книга « Россия и Китай » вышла .", []string{"Россия", "Китай"}, []string{"Q159", "Q148"}, []string{"Россия", "Китай"}},
		{"en", "A deal with \" Marks and Spencer \" .", []string{"Marks", "Spencer"}, nil, []string{"Marks", "Spencer"}}, // no QuotedOrganizations
	}
	for _, tc := range tests {
		l, _ := lang.Get(tc.lang)
		doc := &annotation.Document{Text: tc.text, Tokens: l.Tokenize(tc.text)}
		var ents []annotation.Entity
		for i, tok := range doc.Tokens {
			for k, n := range tc.names {
				if tok.Text == n {
					e := doc.Mention(i, i+1, annotation.Person, 0.9, "model")
					if k < len(tc.ids) {
						e.ID = tc.ids[k]
					}
					ents = append(ents, e)
				}
			}
		}
		var got []string
		for _, e := range joinQuotedPairs(doc, ents, l, g) {
			if doc.Text[e.Start:e.End] != e.Text {
				t.Errorf("%q: %q is not its span", tc.text, e.Text)
			}
			if len(tc.want) == 1 && e.Type != annotation.Organization {
				t.Errorf("%q: %q is %s", tc.text, e.Text, e.Type)
			}
			got = append(got, e.Text)
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q: %q, want %q", tc.text, got, tc.want)
		}
	}
}
