package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/tr"
)

// TestSplitAtHonorific checks which mentions an honorific inside splits,
// and what becomes of the words before it.
func TestSplitAtHonorific(t *testing.T) {
	g := gazetteer.New(&gazetteer.Entry{ID: "loc:az", Type: gazetteer.Location, Prior: 0.9,
		Names: map[string][]string{"en": {"Arizona"}}})
	tests := []struct {
		l     lang.Language
		words string // tokens, space-separated; the [bracketed] run is a mention of type typ
		typ   annotation.Type
		want  string // the mentions afterwards, "text/TYPE/ID", "|"-separated
	}{
		{en.English{}, "his friend , [Democratic Sen. Chris Coons] .", annotation.Organization, "Chris Coons/PERSON/"},
		{en.English{}, "by [Arizona Sen. Jeff Flake] for", annotation.Organization, "Arizona/LOCATION/loc:az|Jeff Flake/PERSON/"},
		{en.English{}, "I live in [Lake St. Louis] now", annotation.Location, "Lake St. Louis/LOCATION/"}, // a saint's name in a place's
		{en.English{}, "by [Arizona Sen . Jeff Flake] for", annotation.Location, "Arizona/LOCATION/loc:az|Jeff Flake/PERSON/"},
		{en.English{}, "at [Democratic Sen. Hospital] today", annotation.Organization, "Democratic Sen. Hospital/ORGANIZATION/"}, // a body's head word
		{en.English{}, "[Sen. Chris Coons] said", annotation.Organization, "Sen. Chris Coons/ORGANIZATION/"},                     // opens the mention: trimLeadingTitles' case
		{en.English{}, "[Dear Mr. Coons] ,", annotation.Person, "Coons/PERSON/"},                                                 // a dictionary word before the title goes
		{en.English{}, "[Undersecretary for Education Mr. Toccafondi] said", annotation.Person, "Toccafondi/PERSON/"},            // so do other words
		{tr.Turkish{}, "[Sonic Dr. Eggman] 'i yendi", annotation.Person, "Sonic/PERSON/|Eggman/PERSON/"},
		{tr.Turkish{}, "[Sağlık Bakanı Dr. Fahrettin Koca] açıkladı", annotation.Person, "Fahrettin Koca/PERSON/"}, // a title before the honorific goes                         // two people
		{tr.Turkish{}, "[İskenderun İmam Hatip Lisesi] öğrencileri", annotation.Organization, "İskenderun İmam Hatip Lisesi/ORGANIZATION/"},
		{tr.Turkish{}, "[Beşiktaş Bayan Basketbol Takımı] kazandı", annotation.Organization, "Beşiktaş Bayan Basketbol Takımı/ORGANIZATION/"},
	}
	for _, tc := range tests {
		text, first, last := bracketedMention(tc.words)
		doc := &annotation.Document{Text: text, Tokens: givenTokens(text, tc.l)}
		ents := splitAtHonorific(doc, []annotation.Entity{doc.Mention(first, last, tc.typ, 0.5, "model")}, tc.l, g)
		if got := mentionList(t, doc, ents); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.words, got, tc.want)
		}
	}
}

// TestSplitAtHonorificKeepsFollowers checks that splitting a mention in
// two leaves the mentions after it as they were (the split writes into
// the slice it reads).
func TestSplitAtHonorificKeepsFollowers(t *testing.T) {
	g := gazetteer.New(&gazetteer.Entry{ID: "loc:az", Type: gazetteer.Location, Prior: 0.9,
		Names: map[string][]string{"en": {"Arizona"}}})
	text := "by Arizona Sen. Jeff Flake and Pfizer and Merck today"
	doc := &annotation.Document{Text: text, Tokens: givenTokens(text, en.English{})}
	ents := []annotation.Entity{
		doc.Mention(1, 5, annotation.Organization, 0.5, "model"), // Arizona Sen. Jeff Flake: two mentions come of it
		doc.Mention(6, 7, annotation.Organization, 0.5, "model"), // Pfizer
		doc.Mention(8, 9, annotation.Organization, 0.5, "model"), // Merck
	}
	got := mentionList(t, doc, splitAtHonorific(doc, ents, en.English{}, g))
	if want := "Arizona/LOCATION/loc:az|Jeff Flake/PERSON/|Pfizer/ORGANIZATION/|Merck/ORGANIZATION/"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
