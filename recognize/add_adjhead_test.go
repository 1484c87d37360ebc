package recognize

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// TestAddAdjectiveHeaded checks which capitalized adjectives before an
// organization's head noun make an organization's name.
func TestAddAdjectiveHeaded(t *testing.T) {
	tests := []struct {
		lang, text string
		held       string // a mention already holds these words
		heldID     string // with this gazetteer ID
		want       string // the organization's text, or "" for none
	}{
		{"ru", "Дело рассмотрел Верховный суд в среду .", "", "", "Верховный суд"},
		{"ru", "Прогноз дала Национальная метеорологическая служба .", "", "", "Национальная метеорологическая служба"},
		{"ru", "Он учился в Гарвардской медицинской школе .", "Гарвардской", "", "Гарвардской медицинской школе"},
		{"ru", "Генеральная прокуратура возбудила дело .", "", "", "Генеральная прокуратура"},                          // opening the sentence
		{"ru", "Вчера Независимые школы закрылись .", "", "", ""},                                                      // plural: a kind of body
		{"ru", "« Решение суда — это возможность » .", "", "", ""},                                                     // a noun in -ие
		{"ru", "Он герой Российской Федерации .", "Российской Федерации", "Q159", ""},                                  // the country
		{"ru", "Он учился в Гарвардской медицинской школе кампуса .", "Гарвардской медицинской школе кампуса", "", ""}, // a mention reaches past it
		{"ru", "Дело рассмотрел Верховный суд в среду .", "Верховный суд", "", ""},                                     // already the name
		{"ru", "Дело рассмотрел верховный суд в среду .", "", "", ""},                                                  // no capital
		{"ru", "Он видел Большой театр вчера .", "", "", "Большой театр"},                                              // -ой as nominative
		{"ru", "Административный центр области -- город Курган .", "", "", ""},                                         // a region's seat
		{"ru", "Научный центр открылся вчера .", "", "", "Научный центр"},
		{"tr", "Dün Yüksek mahkeme karar verdi .", "", "", ""}, // no OrganizationNameForms
	}
	for _, tc := range tests {
		l, _ := lang.Get(tc.lang)
		text := tc.text
		doc := &annotation.Document{Text: text, Tokens: l.Tokenize(text)}
		doc.Sentences = l.Sentences(doc.Text, doc.Tokens)
		var ents []annotation.Entity
		if tc.held != "" {
			start := strings.Index(text, tc.held)
			f, last, ok := doc.TokenRange(start, start+len(tc.held))
			if !ok {
				t.Fatalf("%q not on token boundaries", tc.held)
			}
			ents = append(ents, doc.Mention(f, last, annotation.Location, 0.9, "model"))
			ents[0].ID = tc.heldID
		}
		var got []string
		for _, e := range addAdjectiveHeaded(doc, ents, l, wordCasesOf(doc.Tokens)) {
			if e.Source == "rule" {
				if e.Type != annotation.Organization || doc.Text[e.Start:e.End] != e.Text {
					t.Errorf("%q: added %+v", text, e)
				}
				got = append(got, e.Text)
			} else if e.Text != tc.held {
				t.Errorf("%q: kept %q", text, e.Text)
			}
		}
		if strings.Join(got, "|") != tc.want {
			t.Errorf("%q: added %q, want %q", text, got, tc.want)
		}
	}
}
