package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/ner"
)

// TestTrimCommonOpeners checks which person's mentions opening a Russian
// sentence or a headline's second part lose a common noun before a name
// in the genitive, and that a language whose names do not inflect is left
// alone.
func TestTrimCommonOpeners(t *testing.T) {
	ru, err := ner.DefaultModel("ru")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		lang, text, held, source, want string
	}{
		{"ru", "Гол Менга принес победу.", "Гол Менга", "model", "Менга"},
		{"ru", "«Ливингстон» 1 - 0 «Рейнджерс»: Гол Менга приносит победу", "Гол Менга", "model", "Менга"}, // after a colon
		{"ru", "Заявление Владимира Путина удивило всех.", "Заявление Владимира Путина", "model", "Владимира Путина"},
		{"ru", "Вчера Гол Менга принес победу.", "Гол Менга", "model", "Гол Менга"},                                 // not the first word
		{"ru", "Тому Марволо Реддлу прочили пост министра.", "Тому Марволо Реддлу", "model", "Тому Марволо Реддлу"}, // a dative name
		{"ru", "Люк Ван Велли выиграл партию.", "Люк Ван Велли", "model", "Люк Ван Велли"},                          // Ван no genitive
		{"ru", "Гол Менга принес победу.", "Гол Менга", "model+gazetteer", "Гол Менга"},                             // not the tagger's alone
		{"en", "Goal Menga won it.", "Goal Menga", "model", "Goal Menga"},                                           // names do not inflect
	}
	for _, tc := range tests {
		doc, ents, l := mentionIn(t, tc.lang, tc.text, tc.held, annotation.Person, "")
		doc.Sentences = l.Sentences(doc.Text, doc.Tokens)
		ents[0].Source = tc.source
		m := ru
		if tc.lang != "ru" {
			if m, err = ner.DefaultModel(tc.lang); err != nil {
				t.Fatal(err)
			}
		}
		got := trimCommonOpeners(doc, ents, l, m)
		if len(got) != 1 || got[0].Text != tc.want {
			t.Errorf("%q: %q → %v, want %q", tc.text, tc.held, got, tc.want)
		}
		if len(got) == 1 && doc.Text[got[0].Start:got[0].End] != got[0].Text {
			t.Errorf("%q: offsets %d-%d do not hold %q", tc.text, got[0].Start, got[0].End, got[0].Text)
		}
	}
}
