package recognize

import (
	"strings"
	"testing"
)

// TestAddLoneBodies checks which capitalized words become the bodies they
// name alone.
func TestAddLoneBodies(t *testing.T) {
	tests := []struct{ lang, text, want string }{
		{"tr", "Tasarı dün Senato'dan geçti.", "Senato"},
		{"tr", "Rapor önce Komisyon tarafından incelendi.", "Komisyon"},
		{"tr", "Senato dün toplandı.", ""},                                   // a sentence's first word
		{"tr", "Rapor Avrupa Komisyon Başkanlığı'na gitti.", ""},             // part of a longer name
		{"tr", "Rapor komisyon tarafından incelendi.", ""},                   // not capitalized
		{"tr", "Tasarı dün Kongredeki oylamada kabul edildi.", "Kongredeki"}, // a legislature in a case form
		{"tr", "Ülkede Kongreler düzenlendi.", ""},                           // the plural: meetings
		{"tr", "Ali Başbakanlığa getirildi.", ""},                            // an office held, not the body
		{"tr", "Smith bir Kongre Üyesi oldu.", "Kongre"},                     // a title: the body inside it
		{"tr", "Kongre Üyeleri toplandı.", "Kongre"},                         // a title at a sentence's start
		{"tr", "Rapor Meclis Genel Kurulu'nda okundu.", ""},                  // part of a longer name
		{"en", "The report went to the Senato first.", ""},                   // not an English body's word
		{"en", "The bill now goes to the Senate for a vote.", "Senate"},
		{"en", "The Pentagon said the strike hit a depot.", "Pentagon"}, // after an opening article
		{"en", "Voters deserted Labour in the north.", "Labour"},
		{"en", "The Department , through its adviser , will stay engaged.", "Department"},
		{"en", "Congress passed the bill.", "Congress"},                        // opens a sentence as the body
		{"en", "Court documents show the loan.", ""},                           // a sentence's first word
		{"en", "A Labour MP spoke.", "Labour"},                                 // an opening function word, a member's title
		{"en", "A Labour Party MP spoke.", ""},                                 // part of a longer name
		{"en", "But Labour Party members left.", ""},                           // part of a longer name
		{"en", "He studied the history of the US Senate.", ""},                 // part of a longer name
		{"en", "He will appear before Belfast Magistrates ' Court today.", ""}, // heads a possessive name
		{"en", "Wages and labour costs rose.", ""},                             // not capitalized
		{"ru", "Закон принял Сенат.", ""},                                      // no lang.LoneBodies
	}
	for _, tc := range tests {
		doc, ents, l := docHolding(t, tc.lang, tc.text, "", "")
		got := ruleOrganizations(t, doc, addLoneBodies(doc, ents, l, wordCasesOf(doc.Tokens)))
		if strings.Join(got, "|") != tc.want {
			t.Errorf("%q: added %q, want %q", tc.text, got, tc.want)
		}
	}
}
