package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/ru"
)

// TestTeamsAfterClubNoun checks which places after a noun for a club or a
// team become the team's name (sentences written for the test).
func TestTeamsAfterClubNoun(t *testing.T) {
	tests := []struct {
		marked string
		want   string
	}{
		{"Он перешёл в клуб L=[Тимбукту] летом .", "ORG Тимбукту"},
		{"Он подписал контракт с клубом L=[Лидс]@Q39121 .", "ORG Лидс"},              // the town's name, the team's
		{"Вратарь играл за команду L=[Арсенал Тула] два года .", "ORG Арсенал Тула"}, // any case of the noun
		{"Он болел за клуб L=[Москвы]@Q649 .", "LOC Москвы"},                         // a genitive: the home town
		{"Он тренировал команду L=[Германия]@Q183 .", "LOC Германия"},                // a country's side
		{"Тренер команды P=[Уилл Барнс] сказал это .", "PER Уилл Барнс"},             // people are left alone
		{"Командир L=[Тимбукту] прибыл .", "LOC Тимбукту"},                           // no club noun
		{"Он вступил в Клуб L=[Тимбукту] .", "LOC Тимбукту"},                         // capitalized: a name's own word
		{"Команда прилетела в L=[Тимбукту] .", "LOC Тимбукту"},                       // not right before
	}
	g := gazetteer.Default()
	l := ru.Russian{}
	for _, tc := range tests {
		doc, ents := markedDoc(t, l, tc.marked, annotation.Location)
		doc.Sentences = []lang.Sentence{{Start: 0, End: len(doc.Text), First: 0, Last: len(doc.Tokens)}}
		teamsAfterClubNoun(doc, ents, l, g)
		if m := mentionsOf(t, doc, ents); m != tc.want {
			t.Errorf("%s: %q, want %q", tc.marked, m, tc.want)
		}
	}
}
