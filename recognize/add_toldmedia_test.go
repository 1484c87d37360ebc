package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
)

// TestMediaAfterInterviewVerbs checks the media added or retyped after
// "told" where the object closes the clause, and the people left alone.
func TestMediaAfterInterviewVerbs(t *testing.T) {
	tests := []struct {
		marked string // [bracketed] runs: the mentions (people unless L= or O=)
		want   string
	}{
		{"Chad Hammel told KSWB-TV in San Diego he had been diving", "ORG KSWB-TV"},
		{"stylist Luke Armitage told [FEMAIL] : ' I 'm expecting", "ORG FEMAIL"},
		{"the source told The Sunday Times .", "ORG The Sunday Times"},
		{"I told Paul that you called", ""},                                   // a that-clause: a person told
		{"who had told [Montalvo] he would assist", "PER Montalvo"},           // a clause after the name
		{"she told [Mary] .", "PER Mary"},                                     // a given name
		{"The judge told [Hammond] , who was in tears , that", "PER Hammond"}, // the clause goes on about him
		{"he told L=[Britain] .", "LOC Britain"},                              // a place keeps its type
	}
	for _, tc := range tests {
		doc, ents := markedDoc(t, en.English{}, tc.marked, annotation.Person)
		doc.Sentences = []lang.Sentence{{Start: 0, End: len(doc.Text), First: 0, Last: len(doc.Tokens)}}
		out, _ := mediaAfterInterviewVerbs(doc, ents, en.English{}, wordCasesOf(doc.Tokens))
		if got := mentionsOf(t, doc, out); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.marked, got, tc.want)
		}
	}
}
