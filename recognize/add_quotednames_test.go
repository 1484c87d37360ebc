package recognize

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
)

// TestAddQuotedNames checks which quoted names a word of a team before
// them makes organizations, and a kind of place places.
func TestAddQuotedNames(t *testing.T) {
	tests := []struct {
		lang, text, held string // held: a word the tagger found, as a person
		want             string // the added mentions, joined by |
	}{
		{"ru", "Он обошел защиту « Брайтона » и забил .", "", "ORG Брайтона"},
		{"ru", "Матч с командой « Реал Сосьедад » прошел .", "", "ORG Реал Сосьедад"},
		{"ru", "Вратарь « Рубина » и нападающий « Зенита » спорят .", "", "ORG Рубина|ORG Зенита"},
		{"ru", "Матч пройдет на стадионе « Тони Макарони Арена » .", "", "LOC Тони Макарони Арена"},
		{"ru", "Он получил премию « Просветитель » .", "", ""},            // no team word
		{"ru", "Защиту « Брайтона » прорвали .", "", "ORG Брайтона"},      // the word capitalized
		{"ru", "Он обошел защиту « Брайтона » и забил .", "Брайтона", ""}, // a mention holds it
		{"ru", "Игрок « сборной » устал .", "", ""},                       // lower case
		{"ru", "Игроки « Брайтона и Челси » устали .", "", ""},            // more than names
		{"ru", "Он обошел защиту « Один Два Три Четыре » .", "", ""},      // too long
		{"en", "He beat the defence « Brighton » twice .", "", ""},        // no OrganizationBeforeQuote
	}
	for _, tc := range tests {
		doc, ents, l := docHolding(t, tc.lang, tc.text, tc.held, annotation.Person)
		var got []string
		for _, e := range addQuotedNames(doc, ents, l, wordCasesOf(doc.Tokens)) {
			if e.Source != "rule" {
				continue
			}
			if doc.Text[e.Start:e.End] != e.Text {
				t.Errorf("%q: %q is not its span", tc.text, e.Text)
			}
			got = append(got, string(e.Type[:3])+" "+e.Text)
		}
		if strings.Join(got, "|") != tc.want {
			t.Errorf("%q: added %q, want %q", tc.text, got, tc.want)
		}
	}
}
