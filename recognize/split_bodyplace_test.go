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

// TestSplitBodyFromPlace checks which organization mentions (the first
// [bracketed] run) give up the place at their end.
func TestSplitBodyFromPlace(t *testing.T) {
	g := gazetteer.Default()
	tests := []struct {
		l    lang.Language
		text string
		want []string // the mentions after, as "TYPE text"
	}{
		{ru.Russian{}, "[Международный валютный фонд Аргентине] выделит кредит", []string{"ORGANIZATION Международный валютный фонд", "LOCATION Аргентине"}}, // dative
		{ru.Russian{}, "в [Министерстве здравоохранения Италия] вышла", []string{"ORGANIZATION Министерстве здравоохранения Италия"}},                        // nominative: left to the tagger
		{ru.Russian{}, "за [Университет штата Луизиана] играл", []string{"ORGANIZATION Университет штата Луизиана"}},                                         // an apposition
		{ru.Russian{}, "[Министерство обороны Канадой] закрепили", []string{"ORGANIZATION Министерство обороны", "LOCATION Канадой"}},                        // instrumental
		{ru.Russian{}, "[Министерство обороны Великобритании] сообщило", []string{"ORGANIZATION Министерство обороны Великобритании"}},                       // genitive: the name's
		{ru.Russian{}, "[Министерство обороны США] сообщило", []string{"ORGANIZATION Министерство обороны США"}},                                             // an acronym does not decline
		{ru.Russian{}, "[Газпром Аргентине] поставит газ", []string{"ORGANIZATION Газпром Аргентине"}},                                                       // one word before: a proper name
		{ru.Russian{}, "[Нефтяная компания Восток Аргентине] поставит", []string{"ORGANIZATION Нефтяная компания Восток Аргентине"}},                         // ends in a proper name
		{ru.Russian{}, "[Посольство России в Аргентине] сообщило", []string{"ORGANIZATION Посольство России в Аргентине"}},                                   // after a preposition: where
		{en.English{}, "the [International Monetary Fund Argentina] said", []string{"ORGANIZATION International Monetary Fund Argentina"}},                   // English does not
	}
	for _, tc := range tests {
		text, spans := bracketedRuns(tc.text)
		doc := &annotation.Document{Text: text, Tokens: tc.l.Tokenize(text)}
		ents := []annotation.Entity{doc.Mention(spans[0][0], spans[0][1], annotation.Organization, 0.5, "model")}
		var got []string
		for _, e := range splitBodyFromPlace(doc, ents, tc.l, g) {
			if doc.Text[e.Start:e.End] != e.Text {
				t.Errorf("%q: offsets of %q", text, e.Text)
			}
			got = append(got, string(e.Type)+" "+e.Text)
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q: got %q, want %q", text, got, tc.want)
		}
	}
}
