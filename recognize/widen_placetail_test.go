package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/tr"
)

// TestWidenPlaceTails checks which places take the noun of their kind
// written after them.
func TestWidenPlaceTails(t *testing.T) {
	tests := []struct {
		l     lang.Language
		words string // tokens, space-separated; the mention is the [bracketed] ones
		typ   annotation.Type
		want  string // "TYPE text" after the rule
	}{
		{en.English{}, "morcillas in [tampa] bay , I", annotation.Location, "LOCATION tampa bay"},
		{en.English{}, "to turn the [Gaza] strip into", annotation.Location, "LOCATION Gaza strip"},
		{en.English{}, "visit [alcatraz] island", annotation.Location, "LOCATION alcatraz island"},
		{en.English{}, "the [Caribbean] island of Aruba", annotation.Location, "LOCATION Caribbean"},       // another place follows
		{en.English{}, "the [Baja California] peninsula", annotation.Location, "LOCATION Baja California"}, // not such a noun
		{en.English{}, "in [Tampa] Bay", annotation.Location, "LOCATION Tampa"},                            // capitalized: the tagger's
		{en.English{}, "[Smith] island", annotation.Person, "PERSON Smith"},                                // not a place
		{tr.Turkish{}, "[Gazze] strip", annotation.Location, "LOCATION Gazze"},                             // no lang.PlaceTailNouns
	}
	g := gazetteer.Default()
	for _, tc := range tests {
		doc, ents := givenMentionDoc(tc.words, tc.l, tc.typ)
		widenPlaceTails(doc, ents, tc.l, g)
		e := ents[0]
		if got := string(e.Type) + " " + e.Text; got != tc.want || doc.Text[e.Start:e.End] != e.Text {
			t.Errorf("%s: %s, want %s", tc.words, got, tc.want)
		}
	}
}

// TestWidenPlaceTailsNextMention checks that a mention holding the noun
// keeps it.
func TestWidenPlaceTailsNextMention(t *testing.T) {
	doc, ents := givenMentionDoc("in [tampa] bay", en.English{}, annotation.Location)
	ents = append(ents, doc.Mention(2, 3, annotation.Organization, 0.5, "model"))
	widenPlaceTails(doc, ents, en.English{}, nil)
	if ents[0].Text != "tampa" || ents[1].Text != "bay" {
		t.Errorf("got %q %q, want tampa and bay kept", ents[0].Text, ents[1].Text)
	}
}
