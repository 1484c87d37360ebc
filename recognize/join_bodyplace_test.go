package recognize

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/ru"
)

// TestJoinBodyToPlace checks which organization mentions take the place
// mention right after them.
func TestJoinBodyToPlace(t *testing.T) {
	g := gazetteer.Default()
	tests := []struct {
		l    lang.Language
		text string // the two mentions are the first two [bracketed] runs
		a, b annotation.Type
		want []string
	}{
		{ru.Russian{}, "Доклад выпустило [Министерство юстиции] [Канады] вчера", annotation.Organization, annotation.Location, []string{"Министерство юстиции Канады"}},
		{ru.Russian{}, "глава [Национального агентства по охране природы] [Чили] заявил", annotation.Organization, annotation.Location, []string{"Национального агентства по охране природы Чили"}},
		{ru.Russian{}, "решение [Конституционного суда] [Молдавии] отменено", annotation.Organization, annotation.Location, []string{"Конституционного суда Молдавии"}},           // ends in its head
		{ru.Russian{}, "акции [Лукойла] [России] выросли", annotation.Organization, annotation.Location, []string{"Лукойла", "России"}},                                           // one word: a proper name
		{ru.Russian{}, "акции [Нефтяной компании Восток] [Казахстана] выросли", annotation.Organization, annotation.Location, []string{"Нефтяной компании Восток", "Казахстана"}}, // ends in a proper name
		{ru.Russian{}, "[Министерство юстиции] , [Канады] министр", annotation.Organization, annotation.Location, []string{"Министерство юстиции", "Канады"}},                     // a mark between
		{ru.Russian{}, "[Министерство юстиции] [Иван Петров] сказал", annotation.Organization, annotation.Person, []string{"Министерство юстиции", "Иван Петров"}},                // a person after
		{en.English{}, "the [Justice Department] [Canada] said", annotation.Organization, annotation.Location, []string{"Justice Department", "Canada"}},                          // English does not
		// The place's case: only a genitive continues the name.
		{ru.Russian{}, "в [Министерстве здравоохранения] [Италия] вышла на первое место", annotation.Organization, annotation.Location, []string{"Министерстве здравоохранения", "Италия"}}, // nominative: the next clause's subject
		{ru.Russian{}, "[Международный валютный фонд] [Аргентине] выделит кредит", annotation.Organization, annotation.Location, []string{"Международный валютный фонд", "Аргентине"}},      // dative
		{ru.Russian{}, "[Министерство торговли] [Китаю] ответило", annotation.Organization, annotation.Location, []string{"Министерство торговли", "Китаю"}},
		{ru.Russian{}, "за [Министерством обороны] [Канадой] закрепили", annotation.Organization, annotation.Location, []string{"Министерством обороны", "Канадой"}}, // instrumental
		{ru.Russian{}, "[Государственный совет] [Китая] объявил", annotation.Organization, annotation.Location, []string{"Государственный совет Китая"}},
		{ru.Russian{}, "[Министерство обороны] [США] сообщило", annotation.Organization, annotation.Location, []string{"Министерство обороны США"}}, // an acronym does not decline
		{ru.Russian{}, "[Министерство иностранных дел] [России] заявило", annotation.Organization, annotation.Location, []string{"Министерство иностранных дел России"}},
		{ru.Russian{}, "[Министерство финансов] [Аргентины] заявило", annotation.Organization, annotation.Location, []string{"Министерство финансов Аргентины"}},
		{ru.Russian{}, "[Министерство здравоохранения] [Перу] сообщило", annotation.Organization, annotation.Location, []string{"Министерство здравоохранения Перу"}},                 // listed, does not decline
		{ru.Russian{}, "[Министерство обороны] [Российской Федерации] сообщило", annotation.Organization, annotation.Location, []string{"Министерство обороны Российской Федерации"}}, // a feminine adjective's genitive
		{ru.Russian{}, "[Министерство обороны] [Южной Корее] передало", annotation.Organization, annotation.Location, []string{"Министерство обороны", "Южной Корее"}},
		{ru.Russian{}, "[Министерство обороны] [Соединённых Штатов] сообщило", annotation.Organization, annotation.Location, []string{"Министерство обороны Соединённых Штатов"}},
	}
	for _, tc := range tests {
		text, spans := bracketedRuns(tc.text)
		doc := &annotation.Document{Text: text, Tokens: tc.l.Tokenize(text)}
		if len(doc.Tokens) != len(strings.Fields(text)) {
			t.Fatalf("%q: %d tokens", text, len(doc.Tokens))
		}
		ents := []annotation.Entity{
			doc.Mention(spans[0][0], spans[0][1], tc.a, 0.5, "model"),
			doc.Mention(spans[1][0], spans[1][1], tc.b, 0.5, "model"),
		}
		var got []string
		for _, e := range joinBodyToPlace(doc, ents, tc.l, g) {
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
