package recognize

import "github.com/varlik/varlik/annotation"
import "testing"

// TestJoinBareGenitives checks which mentions take a possessive ending
// written without its apostrophe.
func TestJoinBareGenitives(t *testing.T) {
	tests := []struct {
		lang, text, name string // name: the text of the mention given
		typ              annotation.Type
		want             string // the mention's text after the rule
	}{
		{"en", "We ate at McDonald s last night .", "McDonald", annotation.Location, "McDonald s"},
		{"en", "Hancock s is one of four fabric stores .", "Hancock", annotation.Organization, "Hancock s"},
		{"en", "I saw Karina s new car .", "Karina", annotation.Person, "Karina"},                 // a person's possessive
		{"en", "We ate at McDonald 's last night .", "McDonald", annotation.Location, "McDonald"}, // the apostrophe's ending
		{"en", "Harry S Truman spoke .", "Harry", annotation.Person, "Harry"},                     // an initial
		{"en", "They went to Paris s", "Paris", annotation.Location, "Paris s"},                   // the text's last token
		{"tr", "Ankara s dedi .", "Ankara", annotation.Location, "Ankara"},                        // no lang.BareGenitives
	}
	for _, tc := range tests {
		doc, _, l := docHolding(t, tc.lang, tc.text, "", "")
		first, last := tokenRange(t, doc, tc.name)
		ents := []annotation.Entity{doc.Mention(first, last, tc.typ, 0.5, "model")}
		joinBareGenitives(doc, ents, l)
		if e := ents[0]; e.Text != tc.want || doc.Text[e.Start:e.End] != e.Text || e.Type != tc.typ {
			t.Errorf("%q: %q (%v), want %q (%v)", tc.text, e.Text, e.Type, tc.want, tc.typ)
		}
	}
}
