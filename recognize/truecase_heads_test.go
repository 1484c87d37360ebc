package recognize

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/lang"
)

// TestTitleCaseHeadedRuns checks that a headline's truecased view gives a
// body's name ending in an organization's head noun its Title case back,
// and leaves ordinary noun phrases ending in such a noun in lower case;
// restoreCase brings back the text as written.
func TestTitleCaseHeadedRuns(t *testing.T) {
	r := defaultRecognizer()
	tests := []struct {
		text, want string
	}{
		{"THE NATIONAL WEATHER SERVICE ISSUED A FLOOD WARNING", "The National Weather Service issued a flood warning"},
		{"CHARGES REVIEWED BY THE PUBLIC PROSECUTION SERVICE", "Charges reviewed by the Public Prosecution Service"},
		{"PROFESSOR OF MEDICINE AT HARVARD MEDICAL SCHOOL DIES", "Professor of Medicine at Harvard Medical School dies"}, // a name's word, no article
		{"POLICE SAY PROTESTERS CLASHED WITH RIOT POLICE", "Police say protesters clashed with riot police"},             // riot: unknown to the prior
		{"FOURTEEN HURT IN PROTESTS , LOCAL PRESS REPORTED", "Fourteen hurt in protests , local press reported"},         // local: no name's word
		{"THEY HAVE GREAT CUSTOMER SERVICE AND FAST DELIVERY", "They have great customer service and fast delivery"},     // no article, no name
		{"ALMOST HALF OF AUSTRALIAN PRIMARY SCHOOL CHILDREN", "Almost half of Australian primary school children"},       // a nationality word
		{"OFFICIALS CLOSE TO THE BUSH ADMINISTRATION SPOKE", "Officials close to the Bush administration spoke"},         // a tenure word
		{"The national weather service issued a warning", "The national weather service issued a warning"},               // not in capitals
	}
	for _, tc := range tests {
		got, doc, saved := truecasedView(t, r, "en", tc.text)
		if got != tc.want {
			t.Errorf("%q: %q, want %q", tc.text, got, tc.want)
		}
		restoreCase(doc, saved)
		l, _ := lang.Get("en")
		fresh := l.Tokenize(tc.text)
		for i := range fresh {
			if doc.Tokens[i].Text != fresh[i].Text || doc.Tokens[i].Kind != fresh[i].Kind {
				t.Errorf("%q: token %d restored as %q, want %q", tc.text, i, doc.Tokens[i].Text, fresh[i].Text)
			}
		}
		if strings.Join(strings.Fields(tc.text), " ") == got && saved != nil {
			t.Errorf("%q: nothing changed, yet swaps saved", tc.text)
		}
	}
}
