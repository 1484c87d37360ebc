package entity_test

import (
	"testing"
)

// TestTruecaseLower checks sentences written in lower case, as web text
// writes them: the names the model's prior or lexicon knows are found,
// with the input's text at their offsets, and common words stay no names
// (sentences written for the test).
func TestTruecaseLower(t *testing.T) {
	tests := []struct {
		lang, text string
		want       []string // entities "TYPE text" the document must hold
		not        []string // texts no entity may have
	}{
		{"en", "is there a bus from baguio to manila tomorrow ?", []string{"LOCATION baguio", "LOCATION manila"}, []string{"bus"}},
		{"en", "any good hotels in kerala near the beach ?", []string{"LOCATION kerala"}, []string{"beach", "hotels"}},
		{"en", "i m going to lourdes with my aunt and the kids .", []string{"LOCATION lourdes"}, []string{"aunt", "kids"}},
		{"tr", "dün istanbul ile izmir arasında trafik vardı , ankara da etkilendi .", []string{"LOCATION istanbul", "LOCATION izmir", "LOCATION ankara"}, []string{"trafik"}},
		{"en", "LSU athletic director Joe Alleva spoke .", []string{"PERSON Joe Alleva"}, []string{"athletic"}}, // not in lower case
	}
	for _, tc := range tests {
		doc := extractChecked(t, tc.lang, tc.text)
		checkHolds(t, doc, tc.want)
		texts := map[string]bool{}
		for _, e := range doc.Entities {
			texts[e.Text] = true
		}
		for _, w := range tc.not {
			if texts[w] {
				t.Errorf("%q: %q found as a name", tc.text, w)
			}
		}
	}
}

// TestTruecaseLowerOddInput checks that odd text in lower case keeps every
// token and entity at its input's text: letters whose capital is longer
// (Turkish i → İ), apostrophe suffixes, invalid UTF-8, marks only.
func TestTruecaseLowerOddInput(t *testing.T) {
	for _, tc := range []struct{ code, text string }{
		{"tr", "dün istanbul'da ve izmir'de yağmur yağdı"},
		{"ru", "вчера в москве и казани шёл дождь"},
		{"en", "we went to \xff\xfe paris and \xc3 london"},
		{"en", "ǆungle ßtraße ıstanbul ſt paris"},
		{"en", "a , b , c , d"},
	} {
		extractChecked(t, tc.code, tc.text)
	}
}
