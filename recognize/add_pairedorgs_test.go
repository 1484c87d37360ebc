package recognize

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/tr"
)

// TestPairedOrganizations checks which words paired with an organization's
// mention become organizations.
func TestPairedOrganizations(t *testing.T) {
	tests := []struct {
		l      lang.Language
		marked string // [bracketed] runs: the mentions (organizations unless prefixed)
		want   string // the mentions after the rule, "TYPE text" joined by " | "
	}{
		{en.English{}, "My role with Firefox and the [Mozilla] project will remain", "ORGANIZATION Firefox | ORGANIZATION Mozilla"},
		{en.English{}, "the Google - [Mozilla] / Firefox relationship", "ORGANIZATION Mozilla | ORGANIZATION Firefox"},
		{en.English{}, "working at [Enron] / Azurix , and", "ORGANIZATION Enron | ORGANIZATION Azurix"},
		{en.English{}, "shares of [Google] and Zipdash fell", "ORGANIZATION Google | ORGANIZATION Zipdash"},
		{en.English{}, "shares of [Google] or Zipdash fell", "ORGANIZATION Google"},                  // or does not join names
		{en.English{}, "Firefox and [Mozilla] work", "ORGANIZATION Mozilla"},                         // opens the sentence
		{en.English{}, "the U.S. , French and [Royal Navy] are", "ORGANIZATION Royal Navy"},          // a nationality word
		{en.English{}, "between London and [Google] lies", "ORGANIZATION Google"},                    // a known place
		{en.English{}, "both Maria and [Google] said", "ORGANIZATION Google"},                        // a given name
		{en.English{}, "the Office and [Google] said", "ORGANIZATION Google"},                        // a dictionary word
		{en.English{}, "on Monday and [Google] said", "ORGANIZATION Google"},                         // a day
		{en.English{}, "As it stands , [MKM] and I will", "ORGANIZATION MKM"},                        // a pronoun
		{en.English{}, "with Bank Zipdash and [Google] said", "ORGANIZATION Google"},                 // a longer run
		{en.English{}, "with Zipdash , [Google] said", "ORGANIZATION Google"},                        // a comma alone
		{en.English{}, "with P=[Zipdash] and [Google] said", "PERSON Zipdash | ORGANIZATION Google"}, // already a mention
		{en.English{}, "with Zipdash and L=[Peru] said", "LOCATION Peru"},                            // not an organization
		{tr.Turkish{}, "ile Zipdash ve [Google] dedi", "ORGANIZATION Google"},                        // no lang.DictionaryWords
	}
	g := gazetteer.Default()
	for _, tc := range tests {
		doc, ents := markedDoc(t, tc.l, tc.marked, annotation.Organization)
		doc.Sentences = []lang.Sentence{{Start: 0, End: len(doc.Text), First: 0, Last: len(doc.Tokens)}}
		out, names := pairedOrganizations(doc, ents, tc.l, g)
		var got []string
		for _, e := range out {
			if doc.Text[e.Start:e.End] != e.Text {
				t.Errorf("%s: offsets of %q", tc.marked, e.Text)
			}
			got = append(got, string(e.Type)+" "+e.Text)
		}
		if s := strings.Join(got, " | "); s != tc.want || len(out)-len(ents) != len(names) {
			t.Errorf("%s: %s (names %q), want %s", tc.marked, s, names, tc.want)
		}
	}
}
