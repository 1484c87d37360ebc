package entity

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
		{"tr", "Senato dün toplandı.", ""},                       // a sentence's first word
		{"tr", "Rapor Avrupa Komisyon Başkanlığı'na gitti.", ""}, // part of a longer name
		{"tr", "Rapor komisyon tarafından incelendi.", ""},       // not capitalized
		{"en", "The report went to the Senato first.", ""},       // no lang.LoneBodies
	}
	for _, tc := range tests {
		doc, ents, l := docHolding(t, tc.lang, tc.text, "", "")
		got := ruleOrganizations(t, doc, addLoneBodies(doc, ents, l))
		if strings.Join(got, "|") != tc.want {
			t.Errorf("%q: added %q, want %q", tc.text, got, tc.want)
		}
	}
}
