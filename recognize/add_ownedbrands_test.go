package recognize

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/tr"
)

// TestAddOwnedBrands checks which runs between a person's possessive and
// a kind's noun become organizations.
func TestAddOwnedBrands(t *testing.T) {
	tests := []struct {
		l      lang.Language
		marked string // [bracketed] runs: the mentions, people unless prefixed
		want   string // the mentions after the rule, "TYPE text" joined by " | "
	}{
		{en.English{}, "likened to [Gwyneth Paltrow] 's Goop brand .", "PERSON Gwyneth Paltrow | ORGANIZATION Goop"},
		{en.English{}, "[Elon Musk] 's Tesla Motors company", "PERSON Elon Musk | ORGANIZATION Tesla Motors"},
		{en.English{}, "[Paltrow] 's Goop line", "PERSON Paltrow"},                          // not a kind's noun
		{en.English{}, "[Paltrow] 's new brand", "PERSON Paltrow"},                          // no name
		{en.English{}, "[Paltrow] 's O=[Goop] brand", "PERSON Paltrow | ORGANIZATION Goop"}, // already a mention
		{en.English{}, "L=[Paris] 's Goop brand", "LOCATION Paris"},                         // not a person
		{en.English{}, "[Paltrow] Goop brand", "PERSON Paltrow"},                            // no possessive
		{en.English{}, "[Paltrow] 's Goop Brand", "PERSON Paltrow"},                         // capitalized noun
		{tr.Turkish{}, "[Ahmet] Goop brand", "PERSON Ahmet"},                                // no rule for Turkish here
	}
	for _, tc := range tests {
		doc, ents := markedDoc(t, tc.l, tc.marked, annotation.Person)
		n := len(ents)
		out, names := addOwnedBrands(doc, ents, tc.l)
		var got []string
		for _, e := range out {
			if doc.Text[e.Start:e.End] != e.Text {
				t.Errorf("%s: offsets of %q", tc.marked, e.Text)
			}
			got = append(got, string(e.Type)+" "+e.Text)
		}
		if s := strings.Join(got, " | "); s != tc.want || len(out)-n != len(names) {
			t.Errorf("%s: %s (names %q), want %s", tc.marked, s, names, tc.want)
		}
	}
}
