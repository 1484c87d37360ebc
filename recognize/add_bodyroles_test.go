package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
)

// TestBodiesAfterRoles checks the names made organizations after a role in
// a body, a preposition and the definite article.
func TestBodiesAfterRoles(t *testing.T) {
	tests := []struct {
		marked string // [bracketed] runs: the mentions (people unless O= or L=)
		want   string // the mentions after the rule (mentionsOf)
	}{
		{"said a spokesperson for the Indonesian Red Cross .", "ORG Indonesian Red Cross"},
		{"John Goldsmith , chairman of the [Cromwell Society] , said", "ORG Cromwell Society"}, // a person's mention retyped
		{"analysts at the L=[Brookings] said", "ORG Brookings"},                                // a place's mention retyped
		{"a spokesman for the Red Cross said on Monday", "ORG Red Cross"},                      // a verb of saying after it
		{"as manager of the Ibrox club .", ""},                                                 // a noun after it: a modifier
		{"members of the Muslim majority have", ""},                                            // a noun after it
		{"members of the Welsh , he said", ""},                                                 // a group word
		{"a spokesman for Smith said", ""},                                                     // no article
		{"the president of the United States said", ""},                                        // not a body's role
		{"a spokesman for the O=[Red Cross] said", "ORG Red Cross"},                            // already one
	}
	for _, tc := range tests {
		doc, ents := markedDoc(t, en.English{}, tc.marked, annotation.Person)
		doc.Sentences = []lang.Sentence{{Start: 0, End: len(doc.Text), First: 0, Last: len(doc.Tokens)}}
		out, _ := bodiesAfterRoles(doc, ents, en.English{}, nil, wordCasesOf(doc.Tokens))
		if got := mentionsOf(t, doc, out); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.marked, got, tc.want)
		}
	}
}
