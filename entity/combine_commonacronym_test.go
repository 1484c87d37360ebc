package entity

import "testing"

// TestCommonAcronym checks which one-word mentions are acronyms of common
// nouns.
func TestCommonAcronym(t *testing.T) {
	tests := []struct {
		lang, text, name, source string
		want                     bool
	}{
		{"ru", "Число заболевших СПИДом растет .", "СПИДом", "model", true},
		{"ru", "Лекарства против ВИЧ дороги .", "ВИЧ", "model", true},
		{"ru", "Исследования в области ИИ идут .", "ИИ", "model", true},
		{"ru", "Доклад ОБСЕ вышел .", "ОБСЕ", "model", false},                   // an organization's
		{"ru", "Доклад ОБСЕшники прочли .", "ОБСЕшники", "model", false},        // a longer ending
		{"ru", "Лекарства против ВИЧ дороги .", "ВИЧ", "gazetteer", false},      // the gazetteer's
		{"ru", "Лекарства против ВИЧ и СПИДа .", "ВИЧ и СПИДа", "model", false}, // more than a word
		{"en", "The AI lab opened .", "AI", "model", false},                     // no OrganizationAcronyms
	}
	for _, tc := range tests {
		doc, ents, l := mentionIn(t, tc.lang, tc.text, tc.name, Organization, "")
		ents[0].Source = tc.source
		if got := commonAcronym(&ents[0], doc, l); got != tc.want {
			t.Errorf("%q in %q: %v, want %v", tc.name, tc.text, got, tc.want)
		}
	}
}
