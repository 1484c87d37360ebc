package entity_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/varlik/varlik/entity"
)

// mentionType is a test case of the rules that type mentions: a sentence
// (its tokens separated by spaces), the text of a mention in it, and the
// type the mention must have.
type mentionType struct {
	words string
	name  string
	want  entity.Type
}

// checkMentionTypes extracts each case's sentence as pre-tokenized text of
// language code and checks that it holds a mention of the case's name,
// that every such mention has the case's type, and that every mention's
// text is its span.
func checkMentionTypes(t *testing.T, code string, tests []mentionType) {
	t.Helper()
	x, err := entity.New(entity.WithLanguage(code))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range tests {
		doc, err := x.ExtractTokens(context.Background(), code, [][]string{strings.Fields(tc.words)})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, e := range doc.Entities {
			if doc.Text[e.Start:e.End] != e.Text {
				t.Errorf("%q: entity text %q is not its span %q", tc.words, e.Text, doc.Text[e.Start:e.End])
			}
			if e.Text == tc.name {
				found = true
				if e.Type != tc.want {
					t.Errorf("%q in %q: %s, want %s", e.Text, tc.words, e.Type, tc.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no mention of %q (have %+v)", tc.words, tc.name, doc.Entities)
		}
	}
}

// sentenceMentions is a test case of the rules on whole sentences: a
// sentence (its tokens separated by spaces) and every mention it must
// yield, as "TYPE text", in order.
type sentenceMentions struct {
	words string
	want  []string
}

// checkSentenceMentions extracts each case's sentence as pre-tokenized
// text of language code and checks that its mentions are the case's, in
// order, each at its span (typedMentions).
func checkSentenceMentions(t *testing.T, code string, tests []sentenceMentions) {
	t.Helper()
	x := newExtractor(t, entity.WithLanguage(code))
	for _, tc := range tests {
		doc, err := x.ExtractTokens(context.Background(), code, [][]string{strings.Fields(tc.words)})
		if err != nil {
			t.Fatal(err)
		}
		if got := typedMentions(t, doc); !slices.Equal(got, tc.want) {
			t.Errorf("%q: got %q, want %q", tc.words, got, tc.want)
		}
	}
}
