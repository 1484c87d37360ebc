package recognize

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// addedPeopleCase is a sentence, as tokens separated by spaces, and the
// texts of the people a rule adds to it.
type addedPeopleCase struct {
	lang, text string
	want       []string
}

// checkAddedPeople runs add on each case's sentence, with no mentions
// before it, and checks that it adds exactly the people wanted, each at
// offsets that hold its text.
func checkAddedPeople(t *testing.T, tests []addedPeopleCase, add func(doc *annotation.Document, l lang.Language) []annotation.Entity) {
	t.Helper()
	for _, tc := range tests {
		l, ok := lang.Get(tc.lang)
		if !ok {
			t.Fatalf("no language %q", tc.lang)
		}
		doc := &annotation.Document{Text: tc.text, Tokens: l.Tokenize(tc.text)}
		doc.Sentences = l.Sentences(tc.text, doc.Tokens)
		var got []string
		for _, e := range add(doc, l) {
			if e.Type != annotation.Person || tc.text[e.Start:e.End] != e.Text {
				t.Errorf("%q: %s %q at %d:%d", tc.text, e.Type, e.Text, e.Start, e.End)
			}
			got = append(got, e.Text)
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q: %v, want %v", tc.text, got, tc.want)
		}
	}
}
