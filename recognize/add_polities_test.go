package recognize

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// TestPlacePolities checks which states the words name as places, and
// which mentions give way to them.
func TestPlacePolities(t *testing.T) {
	tests := []struct {
		lang, text string
		held       string          // a mention already holds these words
		heldType   annotation.Type // of this type
		want       string          // the places after the rule, "|"-joined
	}{
		{"ru", "Российская империя вступила в войну .", "Российская империя", annotation.Person, "Российская империя"},
		{"ru", "Он служил Священной Римской империи .", "Римской империи", annotation.Person, "Священной Римской империи"},
		{"ru", "Они жили в Великом княжестве Литовском до войны .", "", "", "Великом княжестве Литовском"},
		{"ru", "Тюркский каганат распался .", "Тюркский", annotation.Location, "Тюркский каганат"},
		{"ru", "После распада СССР он уехал .", "СССР", annotation.Organization, "СССР"},
		{"ru", "Он был гражданином Советского Союза .", "", "", "Советского Союза"},
		{"ru", "Византия вела войны .", "", "", "Византия"},
		{"ru", "Он воевал за Югославию .", "Югославию", annotation.Person, "Югославию"},
		{"ru", "Они жили в Речи Посполитой и в Пруссии .", "", "", "Речи Посполитой|Пруссии"},
		{"ru", "Князь Киевской Руси умер .", "Киевской", annotation.Person, "Киевской Руси"},
		{"ru", "Он родился в Германии .", "", "", ""},                                                        // a state of today: the gazetteer's country
		{"ru", "Решение принял Верховный Совет СССР .", "Верховный Совет СССР", annotation.Organization, ""}, // a body's name
		{"ru", "Сборная СССР выиграла .", "Сборная СССР", annotation.Organization, ""},                       // a team's
		{"ru", "Эта империя распалась .", "", "", ""},                                                        // no name
		{"ru", "Советский народ победил .", "", "", ""},
		{"ru", "Атаки на Шипкинский перевал были отбиты .", "Шипкинский", annotation.Location, "Шипкинский перевал"},
		{"ru", "Великая Китайская стена протянулась далеко .", "", "", "Великая Китайская стена"},
		{"ru", "Они были в Персидском заливе .", "", "", "Персидском заливе"},
		{"ru", "Главная площадь была закрыта .", "", "", ""}, // a dictionary's adjective opening the sentence
		{"ru", "Первый канал показал фильм .", "", "", ""},   // канал: a TV channel as often
		{"en", "The Soviet Union fell .", "", "", ""},        // no lang.Polities
	}
	for _, tc := range tests {
		l, _ := lang.Get(tc.lang)
		text := tc.text
		doc := &annotation.Document{Text: text, Tokens: l.Tokenize(text)}
		doc.Sentences = l.Sentences(doc.Text, doc.Tokens)
		var ents []annotation.Entity
		if tc.held != "" {
			start := strings.Index(text, tc.held)
			f, last, ok := doc.TokenRange(start, start+len(tc.held))
			if !ok {
				t.Fatalf("%q not on token boundaries", tc.held)
			}
			ents = append(ents, doc.Mention(f, last, tc.heldType, 0.9, "model"))
		}
		var got []string
		states := appendFormerStates(nil, gazetteer.Default().Match(doc.Tokens, l), 0)
		for _, e := range placePolities(doc, ents, l, wordCasesOf(doc.Tokens), states) {
			if doc.Text[e.Start:e.End] != e.Text {
				t.Errorf("%q: offsets of %+v", text, e)
			}
			switch {
			case e.Type == annotation.Location:
				got = append(got, e.Text)
			case e.Text != tc.held || e.Type != tc.heldType:
				t.Errorf("%q: kept %s %q", text, e.Type, e.Text)
			}
		}
		if strings.Join(got, "|") != tc.want {
			t.Errorf("%q: places %q, want %q", text, got, tc.want)
		}
	}
}
