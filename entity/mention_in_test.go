package entity

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/lang"
)

// mentionIn returns the document of text in the language of code, with
// one mention: the first occurrence of name, of type typ and with ID id
// (scored 0.9 by the model), and the language.
func mentionIn(t *testing.T, code, text, name string, typ Type, id string) (*Document, []Entity, lang.Language) {
	t.Helper()
	l, ok := lang.Get(code)
	if !ok {
		t.Fatalf("no language %q", code)
	}
	doc := &Document{Text: text, Tokens: l.Tokenize(text)}
	start := strings.Index(text, name)
	first, last, ok := doc.TokenRange(start, start+len(name))
	if start < 0 || !ok {
		t.Fatalf("%q not on token boundaries of %q", name, text)
	}
	ents := []Entity{doc.Mention(first, last, typ, 0.9, "model")}
	ents[0].ID = id
	return doc, ents, l
}
