package recognize

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
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
		{"ru", "Речь шла о программах ( СПО ) вчера .", "", ""},        // in brackets after no name
		{"ru", "Доклад ОБСЕ 12 опубликован вчера .", "", ""},           // a designation before a number
		{"tr", "Rapor AGİT tarafından yayımlandı .", "", "AGİT"},
		{"tr", "Dosya dün YDK'ya gönderildi .", "", "YDK"},
		{"tr", "Fiyatlara KDV dahil edildi .", "", ""},              // a common noun
		{"tr", "GEÇEN hafta yangın çıktı .", "", ""},                // a paragraph's lead word
		{"tr", "PYK'da karar alındı .", "", "PYK"},                  // a suffix shows an acronym
		{"tr", "Maç UEFA Avrupa Ligi kapsamında oynandı .", "", ""}, // a longer name goes on
		{"en", "The report by AGIT was published .", "", ""},        // no OrganizationAcronyms
	}
	for _, tc := range tests {
		doc, ents, l := docHolding(t, tc.lang, tc.text, tc.held, annotation.Organization)
		got := ruleOrganizations(t, doc, addAcronymOrganizations(doc, ents, l, g, wordCasesOf(doc.Tokens)))
		if strings.Join(got, "|") != tc.want {
			t.Errorf("%q: added %q, want %q", tc.text, got, tc.want)
		}
	}
}
