package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
)

// TestCompleteListsArticle checks that a definite article before a list's
// mention does not end the list, and that it takes the article only
// before a mention.
func TestCompleteListsArticle(t *testing.T) {
	tests := []struct {
		marked string // [bracketed] runs: the mentions (organizations unless P= or L=)
		want   string // the mentions after the rule (mentionsOf)
	}{
		{"networks including PBS , C-SPAN and the [Fox Business Network] .", "ORG PBS|ORG C-SPAN|ORG Fox Business Network"},
		{"networks including PBS , C-SPAN and [Fox Business Network] .", "ORG PBS|ORG C-SPAN|ORG Fox Business Network"},
		{"networks including PBS , the [CBS] and the [Fox Business Network] .", "ORG PBS|ORG CBS|ORG Fox Business Network"},
		{"with Smith , Jones and the P=[Williams] family .", "PER Williams"},                 // a list of people: left alone
		{"with PBS , C-SPAN and the rest of the [Fox] team .", "ORG Fox"},                    // the article before no mention
		{"with PBS , C-SPAN and the L=[Fox Business Network] .", "LOC Fox Business Network"}, // not organizations
	}
	for _, tc := range tests {
		doc, ents := markedDoc(t, en.English{}, tc.marked, annotation.Organization)
		doc.Sentences = []lang.Sentence{{Start: 0, End: len(doc.Text), First: 0, Last: len(doc.Tokens)}}
		out, _ := completeLists(doc, ents, en.English{}, wordCasesOf(doc.Tokens))
		if got := mentionsOf(t, doc, out); got != tc.want {
			t.Errorf("%s: %s, want %s", tc.marked, got, tc.want)
		}
	}
}
