package recognize

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang/en"
)

// TestJoinSpacedPossessiveNames: a known name whose possessive the text
// writes apart replaces the mentions inside it; a glued possessive, an
// unknown name and a mention running past the name are left alone; a known
// name ending with the possessive gives its entry to the mention before it.
func TestJoinSpacedPossessiveNames(t *testing.T) {
	g := gazetteer.New(
		&gazetteer.Entry{ID: "Q148", Type: gazetteer.Location, Prior: 0.9, Names: map[string][]string{"en": {"People's Republic of China"}}},
		&gazetteer.Entry{ID: "org:pd", Type: gazetteer.Organization, Prior: 0.6, Names: map[string][]string{"en": {"People's Daily"}}},
		&gazetteer.Entry{ID: "org:mcd", Type: gazetteer.Organization, Prior: 0.6, Names: map[string][]string{"en": {"McDonald's"}}})
	l := en.English{}
	tests := []struct {
		text  string
		spans [][2]int // token ranges of the mentions before, typed LOCATION unless typ says
		typ   annotation.Type
		want  []string
	}{
		{"Officials of the People 's Republic of China met .", [][2]int{{3, 4}, {5, 8}}, "",
			[]string{"People 's Republic of China LOCATION Q148"}},
		{"Officials of the People 's Republic of China met .", nil, "", // no mention inside: one is added
			[]string{"People 's Republic of China LOCATION Q148"}},
		{"The People 's Daily said .", [][2]int{{0, 2}}, "", // "The People" runs past the name's start
			[]string{"The People LOCATION "}},
		{"Officials of the People's Republic of China met .", [][2]int{{3, 4}, {5, 8}}, "", // glued: the matcher's work
			[]string{"People LOCATION ", "Republic of China LOCATION "}},
		{"Officials of the People 's Republic of Chad met .", [][2]int{{3, 4}, {5, 8}}, "",
			[]string{"People LOCATION ", "Republic of Chad LOCATION "}},
		// A known name ending with the possessive: the mention before it
		// takes the entry of its type, and keeps its extent.
		{"Shares of McDonald 's rose .", [][2]int{{2, 3}}, annotation.Organization,
			[]string{"McDonald ORGANIZATION org:mcd"}},
		{"Shares of McDonald 's rose .", [][2]int{{2, 3}}, annotation.Person,
			[]string{"McDonald PERSON "}},
	}
	for _, tc := range tests {
		toks := l.Tokenize(tc.text)
		doc := &annotation.Document{Text: tc.text, Tokens: toks}
		var ents []annotation.Entity
		for _, sp := range tc.spans {
			typ := tc.typ
			if typ == "" {
				typ = annotation.Location
			}
			ents = append(ents, doc.Mention(sp[0], sp[1], typ, 0.9, "model"))
		}
		got := mentionsWithIDs(t, doc, joinSpacedPossessiveNames(doc, ents, l, g))
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%q: mismatch (-want +got):\n%s", tc.text, diff)
		}
	}
}
