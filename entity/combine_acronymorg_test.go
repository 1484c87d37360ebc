package entity

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// TestAddAcronymOrganizations checks which acronyms become organizations.
func TestAddAcronymOrganizations(t *testing.T) {
	g := gazetteer.Default()
	tests := []struct {
		lang, text string
		held       string // a mention already holds this word
		want       string
	}{
		{"ru", "Наблюдатели от ОБСЕ прибыли в город .", "", "ОБСЕ"},
		{"ru", "Доклад МАГАТЕ опубликован вчера .", "", "МАГАТЕ"},
		{"ru", "Об этом сообщают СМИ .", "", ""},                       // a common noun
		{"ru", "Об этом заявили в США .", "", ""},                      // a known country
		{"ru", "Наблюдатели от ОБСЕ прибыли в город .", "ОБСЕ", ""},    // held by a mention
		{"ru", "ДОКЛАД ОБСЕ ОПУБЛИКОВАН .", "", ""},                    // a headline in capitals
		{"ru", "Она написала : СПАСИБО ЗА ПОДДЕРЖКУ МНОГИХ .", "", ""}, // a phrase in capitals
		{"ru", "Он выступил в Генассамблее ООН вчера .", "", ""},       // after a capitalized word
		{"ru", "Доклад MSNBC опубликован вчера .", "", ""},             // Latin letters: addForeignScriptNames
		{"ru", "Доклад ОБ2 опубликован вчера .", "", ""},               // a digit
		{"tr", "Rapor AGİT tarafından yayımlandı .", "", ""},           // no OrganizationAcronyms
	}
	for _, tc := range tests {
		l, _ := lang.Get(tc.lang)
		doc := &Document{Text: tc.text, Tokens: l.Tokenize(tc.text)}
		doc.Sentences = l.Sentences(doc.Text, doc.Tokens)
		var ents []Entity
		for i, tok := range doc.Tokens {
			if tok.Text == tc.held {
				ents = append(ents, doc.Mention(i, i+1, Organization, 0.9, "model"))
			}
		}
		var got []string
		for _, e := range addAcronymOrganizations(doc, ents, l, g) {
			if e.Source == "rule" {
				if e.Type != Organization || doc.Text[e.Start:e.End] != e.Text {
					t.Errorf("%q: added %+v", tc.text, e)
				}
				got = append(got, e.Text)
			}
		}
		if strings.Join(got, "|") != tc.want {
			t.Errorf("%q: added %q, want %q", tc.text, got, tc.want)
		}
	}
}
