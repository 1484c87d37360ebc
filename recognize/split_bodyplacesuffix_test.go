package recognize

import (
	"testing"

	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// TestSplitKnownBodyPlace checks which mentions of a known body and a
// known place before a suffix are split, on sentences written for the test
// (P=[…], O=[…], L=[…]: the mentions found).
func TestSplitKnownBodyPlace(t *testing.T) {
	g := gazetteer.Default()
	tr, _ := lang.Get("tr")
	en, _ := lang.Get("en")
	tests := []struct {
		l      lang.Language
		marked string
		want   string
	}{
		{tr, "O=[UNICEF Sudan] 'a yardım gönderdi .", "ORG UNICEF|LOC Sudan"},
		{tr, "L=[NATO Brüksel] 'de toplandı .", "ORG NATO|LOC Brüksel"},                // any type the tagger gave
		{tr, "O=[UNICEF Sudan] yardım gönderdi .", "ORG UNICEF Sudan"},                 // no suffix after the place
		{tr, "O=[UNICEF Sudan] 'ın müdürü konuştu .", "ORG UNICEF Sudan"},              // a genitive: a name of its own may end there
		{tr, "O=[Borsa İstanbul] 'da işlem gördü .", "ORG Borsa İstanbul"},             // a name of its own
		{tr, "O=[Galatasaray İstanbul] 'da kampa girdi .", "ORG Galatasaray İstanbul"}, // the club's own alias
		{tr, "L=[Sudan Hartum] 'da çatışma var .", "LOC Sudan Hartum"},                 // no body first
		{en, "O=[UNICEF Sudan] 's office opened .", "ORG UNICEF Sudan"},                // English: a possessive ends a whole name
	}
	for _, tc := range tests {
		doc, ents := givenMarkedDoc(tc.l, tc.marked)
		if got := mentionsOf(t, doc, splitKnownBodyPlace(doc, ents, tc.l, g)); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.marked, got, tc.want)
		}
	}
}
