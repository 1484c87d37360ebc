package recognize

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
)

// TestSplitPersonAtLowerWords checks how a person's mention is cut at its
// lower-case words.
func TestSplitPersonAtLowerWords(t *testing.T) {
	tests := []struct {
		lang, text, name, id string
		want                 string // the mentions after the rule, joined by |
	}{
		{"ru", "Он отдал мяч Стерлингу слева .", "Стерлингу слева", "", "Стерлингу"},
		{"ru", "С Уэстом рэппер Джей-Зи выступал .", "Уэстом рэппер Джей-Зи", "", "Уэстом|Джей-Зи"},
		{"ru", "Так сказал Джордан Спит уходя .", "Джордан Спит уходя", "", "Джордан Спит"},
		{"ru", "Дело Усамы бин Ладена закрыто .", "Усамы бин Ладена", "", "Усамы бин Ладена"}, // a particle
		{"ru", "Дело Сами аль-Хадж закрыто .", "Сами аль-Хадж", "", "Сами аль-Хадж"},
		{"ru", "Он отдал мяч Стерлингу слева .", "Стерлингу слева", "Q1", "Стерлингу слева"}, // the gazetteer's
		{"en", "He passed to Sterling left .", "Sterling left", "", "Sterling left"},         // no PersonNameParticles
	}
	for _, tc := range tests {
		doc, ents, l := mentionIn(t, tc.lang, tc.text, tc.name, annotation.Person, tc.id)
		var got []string
		for _, e := range splitPersonAtLowerWords(doc, ents, l) {
			if doc.Text[e.Start:e.End] != e.Text || e.Type != annotation.Person {
				t.Errorf("%q: %+v", tc.text, e)
			}
			got = append(got, e.Text)
		}
		if strings.Join(got, "|") != tc.want {
			t.Errorf("%q: %q, want %q", tc.text, got, tc.want)
		}
	}
}
