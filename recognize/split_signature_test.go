package recognize

import (
	"slices"
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

// TestAtTokens checks that atTokens gives, sentence by sentence, the
// tokens a scan of every token finds an "@" in: "@"s at a token's edges,
// two in a token, one token of its own, in several sentences, between
// sentences (outside every token), at the text's ends, none at all, in
// invalid UTF-8 and in an empty document.
func TestAtTokens(t *testing.T) {
	texts := []string{
		"",
		"No address here. None there.",
		"@",
		"@start of a text. Then a@b.com and c.d@e.f@g in one. Last@",
		"Write to kevin.boone@x.com today. Or to @handle and a@ b @c. @ alone @ again.",
		"One. Two @ three. Four\xff@\xfe five. Six.",
		"a@b@c@d",
	}
	l := en.English{}
	for _, text := range texts {
		doc := &annotation.Document{Text: text, Tokens: l.Tokenize(text)}
		doc.Sentences = l.Sentences(text, doc.Tokens)
		var want, got []int
		for _, s := range doc.Sentences {
			for k := s.First; k < s.Last; k++ {
				if strings.IndexByte(doc.Tokens[k].Text, '@') >= 0 {
					want = append(want, k)
				}
			}
		}
		ats := atTokens{doc: doc, off: strings.IndexByte(text, '@')}
		for ats.off >= 0 {
			s := ats.sentence()
			if s == nil {
				break
			}
			for k := ats.next(s); k >= 0; k = ats.next(s) {
				if k < s.First || k >= s.Last {
					t.Errorf("%q: token %d outside its sentence %d:%d", text, k, s.First, s.Last)
				}
				got = append(got, k)
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("%q: tokens %v, want %v", text, got, want)
		}
	}
}
