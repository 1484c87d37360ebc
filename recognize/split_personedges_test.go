package recognize

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/ru"
	"github.com/varlik/varlik/lang/tr"
)

// TestCutPersonEdges checks which acronyms and places are cut off a
// person's mention and what becomes of them.
func TestCutPersonEdges(t *testing.T) {
	g := gazetteer.New(
		&gazetteer.Entry{ID: "org:fbi", Type: gazetteer.Organization, Prior: 0.9,
			Names: map[string][]string{"ru": {"ФБР"}, "tr": {"FBI"}}},
		&gazetteer.Entry{ID: "Q794", Type: gazetteer.Location, Prior: 0.95,
			Names: map[string][]string{"ru": {"Иран"}}},
		&gazetteer.Entry{ID: "p:ali", Type: gazetteer.Person, Prior: 0.9,
			Names: map[string][]string{"tr": {"ALİ"}}},
	)
	tests := []struct {
		l     lang.Language
		words string // tokens, space-separated; the [bracketed] run is a person's mention
		want  string // the mentions afterwards, "text/TYPE/ID", "|"-separated
	}{
		{ru.Russian{}, "Указом [Трампа ФБР] открыло дело", "Трампа/PERSON/|ФБР/ORGANIZATION/org:fbi"},
		{ru.Russian{}, "[ФБР Трампа] открыло дело", "ФБР/ORGANIZATION/org:fbi|Трампа/PERSON/"},
		{ru.Russian{}, "Президент [Ирана Махмуд Ахмадинежад] заявил", "Ирана Махмуд Ахмадинежад/PERSON/"}, // a place: splitPlaceOffPerson
		{tr.Turkish{}, "[Ali TAŞKIRAN] - EDİRNE", "Ali TAŞKIRAN/PERSON/"},                                 // a surname in capitals, unknown
		{tr.Turkish{}, "[Veli ALİ] dedi", "Veli ALİ/PERSON/"},                                             // known, but as a person
		{ru.Russian{}, "Данные [ФБР] открыло", "ФБР/PERSON/"},                                             // one word: nothing left
		{ru.Russian{}, "Данные [дела ФБР] есть", "дела ФБР/PERSON/"},                                      // no capitalized word left
	}
	for _, tc := range tests {
		text, first, last := bracketedMention(tc.words)
		doc := &annotation.Document{Text: text, Tokens: givenTokens(text, tc.l)}
		ents := []annotation.Entity{doc.Mention(first, last, annotation.Person, 0.5, "model")}
		ents = cutPersonEdges(doc, ents, g, tc.l)
		if got := mentionList(t, doc, ents); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.words, got, tc.want)
		}
	}
}

// mentionList writes ents as "text/TYPE/ID", "|"-separated, for comparison
// in table tests, and reports a mention whose text is not doc's text at
// its offsets.
func mentionList(t *testing.T, doc *annotation.Document, ents []annotation.Entity) string {
	t.Helper()
	var list []string
	for _, e := range ents {
		if doc.Text[e.Start:e.End] != e.Text {
			t.Errorf("%q is not the text at its offsets %d:%d", e.Text, e.Start, e.End)
		}
		list = append(list, e.Text+"/"+string(e.Type)+"/"+e.ID)
	}
	return strings.Join(list, "|")
}
