package link

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/internal/checkpoint"
	"github.com/varlik/varlik/lang/tr"
)

// manyMentions returns a document of n sentences, each naming a person in
// full and then by surname, with the full names tagged.
func manyMentions(n int) *annotation.Document {
	l := tr.Turkish{}
	text := strings.Repeat("Ahmet Kaya geldi. Dün Kaya konuştu. ", n)
	doc := &annotation.Document{Text: text, Tokens: l.Tokenize(text)}
	doc.Sentences = l.Sentences(text, doc.Tokens)
	for i := 0; i+1 < len(doc.Tokens); i++ {
		if doc.Tokens[i].Text == "Ahmet" {
			doc.Entities = append(doc.Entities, doc.Mention(i, i+2, annotation.Person, 0.9, "model"))
		}
	}
	return doc
}

// TestContextStops checks that linking and adding short mentions stop
// with the context's error when it is done, and run whole when it is not.
func TestContextStops(t *testing.T) {
	l := tr.Turkish{}
	n := 4 * checkpoint.Interval
	done, cancel := context.WithCancel(context.Background())
	cancel()

	doc := manyMentions(n)
	if err := AddShortMentionsContext(done, doc, l); !errors.Is(err, context.Canceled) {
		t.Errorf("AddShortMentionsContext on a done context: err %v", err)
	}
	doc = manyMentions(n)
	if err := AddShortMentionsContext(context.Background(), doc, l); err != nil || len(doc.Entities) != 2*n {
		t.Fatalf("AddShortMentionsContext: err %v, %d entities, want %d", err, len(doc.Entities), 2*n)
	}
	if err := New(nil).LinkContext(done, doc, l); !errors.Is(err, context.Canceled) {
		t.Errorf("LinkContext on a done context: err %v", err)
	}
	if err := New(nil).LinkContext(context.Background(), doc, l); err != nil {
		t.Fatalf("LinkContext: %v", err)
	}
	for _, e := range doc.Entities {
		if e.ID != doc.Entities[0].ID {
			t.Fatalf("%q at %d has ID %q, want %q", e.Text, e.Start, e.ID, doc.Entities[0].ID)
		}
	}
}
