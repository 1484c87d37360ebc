package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/tr"
)

// TestJoinPossessiveShops checks which mentions become shops with their
// possessive and the trade word after it.
func TestJoinPossessiveShops(t *testing.T) {
	tests := []struct {
		l     lang.Language
		words string // tokens, space-separated; the mention is the [bracketed] ones
		typ   annotation.Type
		want  string // "TYPE text" after the rule
	}{
		{en.English{}, "[Ray] 's Pizza is just too good", annotation.Person, "ORGANIZATION Ray 's Pizza"},
		{en.English{}, "What more : \" [Burch] 's Karate is the GREATEST", annotation.Person, "ORGANIZATION Burch 's Karate"},
		{en.English{}, "we took it to [Joe Smith] ’s Garage", annotation.Person, "ORGANIZATION Joe Smith ’s Garage"},
		{en.English{}, "[Mel] 's Diner", annotation.Location, "ORGANIZATION Mel 's Diner"},
		{en.English{}, "[Chicago] 's Pizza scene", annotation.Location, "LOCATION Chicago"},       // a known place owns it
		{en.English{}, "[Joe] 's Pizza Express", annotation.Person, "PERSON Joe"},                 // a longer name goes on
		{en.English{}, "[Ray] 's pizza is good", annotation.Person, "PERSON Ray"},                 // not capitalized
		{en.English{}, "[Ray] 's Bar Council", annotation.Person, "PERSON Ray"},                   // no trade word
		{en.English{}, "[Ray] Pizza", annotation.Person, "PERSON Ray"},                            // no possessive
		{en.English{}, "[John Paul Jones] 's Pizza", annotation.Person, "PERSON John Paul Jones"}, // three words
		{tr.Turkish{}, "[Ahmet] Pizza", annotation.Person, "PERSON Ahmet"},                        // no lang.ShopWords
	}
	g := gazetteer.Default()
	for _, tc := range tests {
		doc, first, last := bracketedDoc(t, tc.l, tc.words)
		ents := []annotation.Entity{doc.Mention(first, last, tc.typ, 0.5, "model")}
		names := joinPossessiveShops(doc, ents, tc.l, g)
		e := ents[0]
		if got := string(e.Type) + " " + e.Text; got != tc.want || doc.Text[e.Start:e.End] != e.Text || (len(names) == 1) != (got != string(tc.typ)+" "+doc.Text[doc.Tokens[first].Start:doc.Tokens[last-1].End]) {
			t.Errorf("%s: %s (names %q), want %s", tc.words, got, names, tc.want)
		}
	}
}

// TestJoinPossessiveShopsNextMention checks that a mention holding the
// trade word keeps it.
func TestJoinPossessiveShopsNextMention(t *testing.T) {
	doc, first, last := bracketedDoc(t, en.English{}, "[Ray] 's Pizza opened")
	ents := []annotation.Entity{doc.Mention(first, last, annotation.Person, 0.5, "model"), doc.Mention(last+1, last+2, annotation.Organization, 0.5, "model")}
	if names := joinPossessiveShops(doc, ents, en.English{}, nil); len(names) != 0 || ents[0].Text != "Ray" || ents[1].Text != "Pizza" {
		t.Errorf("got %q %q (names %q), want Ray and Pizza kept", ents[0].Text, ents[1].Text, names)
	}
}
