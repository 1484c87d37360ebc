package entity

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/ru"
)

// TestJoinBodyToPlace checks which organization mentions take the place
// mention right after them.
func TestJoinBodyToPlace(t *testing.T) {
	tests := []struct {
		l    lang.Language
		text string // the two mentions are the first two [bracketed] runs
		a, b Type
		want []string
	}{
		{ru.Russian{}, "Доклад выпустило [Министерство юстиции] [Канады] вчера", Organization, Location, []string{"Министерство юстиции Канады"}},
		{ru.Russian{}, "глава [Национального агентства по охране природы] [Чили] заявил", Organization, Location, []string{"Национального агентства по охране природы Чили"}},
		{ru.Russian{}, "решение [Конституционного суда] [Молдавии] отменено", Organization, Location, []string{"Конституционного суда Молдавии"}},           // ends in its head
		{ru.Russian{}, "акции [Лукойла] [России] выросли", Organization, Location, []string{"Лукойла", "России"}},                                           // one word: a proper name
		{ru.Russian{}, "акции [Нефтяной компании Восток] [Казахстана] выросли", Organization, Location, []string{"Нефтяной компании Восток", "Казахстана"}}, // ends in a proper name
		{ru.Russian{}, "[Министерство юстиции] , [Канады] министр", Organization, Location, []string{"Министерство юстиции", "Канады"}},                     // a mark between
		{ru.Russian{}, "[Министерство юстиции] [Иван Петров] сказал", Organization, Person, []string{"Министерство юстиции", "Иван Петров"}},                // a person after
		{en.English{}, "the [Justice Department] [Canada] said", Organization, Location, []string{"Justice Department", "Canada"}},                          // English does not
	}
	for _, tc := range tests {
		text, spans := bracketedRuns(tc.text)
		doc := &Document{Text: text, Tokens: tc.l.Tokenize(text)}
		if len(doc.Tokens) != len(strings.Fields(text)) {
			t.Fatalf("%q: %d tokens", text, len(doc.Tokens))
		}
		ents := []Entity{
			doc.Mention(spans[0][0], spans[0][1], tc.a, 0.5, "model"),
			doc.Mention(spans[1][0], spans[1][1], tc.b, 0.5, "model"),
		}
		var got []string
		for _, e := range joinBodyToPlace(doc, ents, tc.l) {
			if doc.Text[e.Start:e.End] != e.Text {
				t.Errorf("%q: offsets of %q", text, e.Text)
			}
			got = append(got, e.Text)
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q: got %q, want %q", text, got, tc.want)
		}
	}
}
