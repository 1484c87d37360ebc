package recognize

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang/tr"
)

// TestJoinHyphenatedNames checks which parts of a hyphenated name written
// without spaces become one person's name.
func TestJoinHyphenatedNames(t *testing.T) {
	tests := []struct {
		text  string
		spans [][2]string // the mentions found before: text and type (P, L, O)
		want  string
	}{
		{"Direktör Paul Mills-Hicks konuştu.", [][2]string{{"Paul Mills", "P"}}, "PER Paul Mills-Hicks"},
		{"Rapçi JAY-Z geldi.", [][2]string{{"JAY", "P"}}, "PER JAY-Z"},
		{"Uzman Kai-Fu Lee konuştu.", [][2]string{{"Kai", "L"}, {"Fu Lee", "P"}}, "PER Kai-Fu Lee"},
		{"Clinton-Lewinsky davası sürdü.", [][2]string{{"Clinton", "P"}, {"Lewinsky", "P"}}, "PER Clinton|PER Lewinsky"}, // two people
		{"Paul Mills - Hicks konuştu.", [][2]string{{"Paul Mills", "P"}}, "PER Paul Mills"},                              // spaced: a dash
		{"Mercedes-Benz Türk açıkladı.", [][2]string{{"Mercedes", "O"}}, "ORG Mercedes-Benz"},                            // a firm's double name
		{"Çin-Rusya görüşmesi", [][2]string{{"Çin", "L"}}, "LOC Çin"},                                                    // not a place
	}
	l := tr.Turkish{}
	for _, tc := range tests {
		doc := &annotation.Document{Text: tc.text, Tokens: l.Tokenize(tc.text)}
		var ents []annotation.Entity
		for _, sp := range tc.spans {
			at := strings.Index(tc.text, sp[0])
			first, last, ok := doc.TokenRange(at, at+len(sp[0]))
			if !ok {
				t.Fatalf("%q: %q is not on token boundaries", tc.text, sp[0])
			}
			ents = append(ents, doc.Mention(first, last, map[string]annotation.Type{"P": annotation.Person, "L": annotation.Location, "O": annotation.Organization}[sp[1]], 0.5, "model"))
		}
		if got := mentionsOf(t, doc, joinHyphenatedNames(doc, ents)); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}
