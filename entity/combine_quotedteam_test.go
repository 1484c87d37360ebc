package entity

import (
	"strings"
	"testing"
)

// TestAddQuotedTeams checks which quoted names a word of a team before
// them makes organizations.
func TestAddQuotedTeams(t *testing.T) {
	tests := []struct {
		lang, text, held string // held: a word the tagger found, as a person
		want             string // the added mentions, joined by |
	}{
		{"ru", "Он обошел защиту « Брайтона » и забил .", "", "Брайтона"},
		{"ru", "Матч с командой « Реал Сосьедад » прошел .", "", "Реал Сосьедад"},
		{"ru", "Вратарь « Рубина » и нападающий « Зенита » спорят .", "", "Рубина|Зенита"},
		{"ru", "Он получил премию « Просветитель » .", "", ""},            // no team word
		{"ru", "Защиту « Брайтона » прорвали .", "", "Брайтона"},          // the word capitalized
		{"ru", "Он обошел защиту « Брайтона » и забил .", "Брайтона", ""}, // a mention holds it
		{"ru", "Игрок « сборной » устал .", "", ""},                       // lower case
		{"ru", "Игроки « Брайтона и Челси » устали .", "", ""},            // more than names
		{"ru", "Он обошел защиту « Один Два Три Четыре » .", "", ""},      // too long
		{"en", "He beat the defence « Brighton » twice .", "", ""},        // no OrganizationBeforeQuote
	}
	for _, tc := range tests {
		doc, ents, l := docHolding(t, tc.lang, tc.text, tc.held, Person)
		got := ruleOrganizations(t, doc, addQuotedTeams(doc, ents, l))
		if strings.Join(got, "|") != tc.want {
			t.Errorf("%q: added %q, want %q", tc.text, got, tc.want)
		}
	}
}
