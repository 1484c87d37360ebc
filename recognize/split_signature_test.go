package recognize

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang/en"
)

// TestSplitSignatures checks which mentions an e-mail address in their
// sentence cuts into a person and a firm.
func TestSplitSignatures(t *testing.T) {
	tests := []struct {
		words string // tokens, space-separated: the mentions are the [bracketed] runs
		typ   annotation.Type
		want  string // the mentions after the rule, "TYPE text" joined by " | "
	}{
		{"[Kevin A. Boone Accenture] -- Houston 713.837.1638 Kevin.A.Boone@accenture.com", annotation.Person, "PERSON Kevin A. Boone | ORGANIZATION Accenture"},
		{"[Kevin A . Boone Accenture] Kevin.A.Boone@accenture.com", annotation.Person, "PERSON Kevin A . Boone | ORGANIZATION Accenture"},
		{"[Vangie McGilloway Constellation Power Source , Inc.] Email vangie.mcgilloway@powersrc.com", annotation.Organization, "PERSON Vangie McGilloway | ORGANIZATION Constellation Power Source , Inc."},
		{"[Jane Doe Smith Acme] jane_doe-smith@acme.com", annotation.Person, "PERSON Jane Doe Smith | ORGANIZATION Acme"},
		{"[Kevin A . Boone] Kevin.A.Boone@accenture.com", annotation.Person, "PERSON Kevin A . Boone"},           // nothing after the name
		{"[Kevin Boone Accenture] kboone@accenture.com", annotation.Person, "PERSON Kevin Boone Accenture"},      // one part
		{"[Kevin Boone Accenture] jane.doe@accenture.com", annotation.Person, "PERSON Kevin Boone Accenture"},    // another name
		{"[Kevin Boone Accenture] Kevin.Boone accenture.com", annotation.Person, "PERSON Kevin Boone Accenture"}, // no address
		{"[Kevin Boone] and co Kevin.Boone@x.com", annotation.Person, "PERSON Kevin Boone"},
		{"[Kevin Boone Accenture] Kevin.Boone@x.com", annotation.Location, "LOCATION Kevin Boone Accenture"}, // a place
	}
	for _, tc := range tests {
		doc, ents := givenMentionDoc(tc.words, en.English{}, tc.typ)
		out := splitSignatures(doc, ents, en.English{})
		var got []string
		for _, e := range out {
			if doc.Text[e.Start:e.End] != e.Text {
				t.Errorf("%s: offsets of %q", tc.words, e.Text)
			}
			got = append(got, string(e.Type)+" "+e.Text)
		}
		if s := strings.Join(got, " | "); s != tc.want {
			t.Errorf("%s: %s, want %s", tc.words, s, tc.want)
		}
	}
}
