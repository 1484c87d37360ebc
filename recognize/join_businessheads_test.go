package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/tr"
)

// TestJoinBusinessHeads checks which person mentions become firms with the
// trade word after them or at their end.
func TestJoinBusinessHeads(t *testing.T) {
	tests := []struct {
		l     lang.Language
		words string // tokens, space-separated; the person mention is the [bracketed] ones
		id    string
		want  string // "TYPE text" after the rule
	}{
		{en.English{}, "published on behalf of [Carr] Futures or its affiliates", "", "ORGANIZATION Carr Futures"},
		{en.English{}, "2000 [Carr] Futures", "", "ORGANIZATION Carr Futures"},
		{en.English{}, "Calls go to [Malcolm Smith Motorsports] down the road", "", "ORGANIZATION Malcolm Smith Motorsports"},
		{en.English{}, "[Lehman] Brothers collapsed", "Q1", "ORGANIZATION Lehman Brothers"}, // the word after: the firm even of a known name
		{en.English{}, "[Malcolm Motorsports] spoke", "Q1", "PERSON Malcolm Motorsports"},   // known, nothing after
		{en.English{}, "[John Smith] Industries Group said", "", "PERSON John Smith"},       // a longer name goes on
		{en.English{}, "[John Smith] futures rose", "", "PERSON John Smith"},                // not capitalized
		{en.English{}, "[John Smith] said", "", "PERSON John Smith"},                        // no trade word
		{en.English{}, "[John Smith] , Brothers", "", "PERSON John Smith"},                  // not right after
		{en.English{}, "[Motorsports] won", "", "PERSON Motorsports"},                       // the word alone
		{tr.Turkish{}, "[Ahmet Yılmaz] Futures dedi", "", "PERSON Ahmet Yılmaz"},            // no lang.BusinessHeads
	}
	for _, tc := range tests {
		doc, first, last := bracketedDoc(t, tc.l, tc.words)
		e := doc.Mention(first, last, annotation.Person, 0.5, "model")
		e.ID = tc.id
		ents := []annotation.Entity{e}
		names := joinBusinessHeads(doc, ents, tc.l)
		g := ents[0]
		if got := string(g.Type) + " " + g.Text; got != tc.want || doc.Text[g.Start:g.End] != g.Text || (len(names) == 1) != (g.Type == annotation.Organization) {
			t.Errorf("%s: %s (names %q), want %s", tc.words, got, names, tc.want)
		}
	}
}

// TestJoinBusinessHeadsNextMention checks that a mention starting at the
// trade word keeps it.
func TestJoinBusinessHeadsNextMention(t *testing.T) {
	doc, first, last := bracketedDoc(t, en.English{}, "[Smith] Brothers Inc. said")
	ents := []annotation.Entity{doc.Mention(first, last, annotation.Person, 0.5, "model"), doc.Mention(last, last+2, annotation.Organization, 0.5, "model")}
	if names := joinBusinessHeads(doc, ents, en.English{}); len(names) != 0 || ents[0].Text != "Smith" || ents[0].Type != annotation.Person {
		t.Errorf("got %q %s (names %q), want PERSON Smith", ents[0].Text, ents[0].Type, names)
	}
}
