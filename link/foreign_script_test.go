package link

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/internal/doctest"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/ru"
)

// TestForeignScriptNames checks that a text in another script than Latin
// gets its capitalized runs of Latin words as organizations, and nothing
// else does.
func TestForeignScriptNames(t *testing.T) {
	for _, tc := range []struct {
		l      lang.Language
		text   string
		tagged []doctest.Name
		want   []string // the mentions, each "text TYPE"
	}{
		{ru.Russian{}, "Так сообщили PBS, C-SPAN и Fox Business Network вчера.", nil,
			[]string{"PBS ORGANIZATION", "C-SPAN ORGANIZATION", "Fox Business Network ORGANIZATION"}},
		{ru.Russian{}, "Об этом рассказал фонд The Power of Nutrition.", nil,
			[]string{"The Power of Nutrition ORGANIZATION"}},
		{ru.Russian{}, "Сотрудник компании Brink's ранен.", nil, []string{"Brink's ORGANIZATION"}},
		// a tagged name keeps its type; lower-case Latin, one letter and mixed scripts are no names
		{ru.Russian{}, "Шон Комбс выступил на сайте weather.com.", []doctest.Name{{Text: "Шон Комбс", Type: annotation.Person}},
			[]string{"Шон Комбс PERSON"}},
		{ru.Russian{}, "Он получил оценку A и IP-адрес.", nil, nil},
		{ru.Russian{}, "Данные Nielsen Media подтвердил MSNBC.", []doctest.Name{{Text: "Nielsen", Type: annotation.Person}},
			[]string{"Nielsen PERSON", "MSNBC ORGANIZATION"}}, // not part of a tagged name
		{ru.Russian{}, "Он сказал: Every Word Of This Long Quote Is Capitalized.", nil, nil}, // prose, not a name
		// a language written in Latin letters is left alone
		{en.English{}, "They watched Fox Business Network.", nil, nil},
	} {
		doc := doctest.WithNames(t, tc.text, tc.tagged, tc.l)
		AddShortMentions(doc, tc.l)
		var got []string
		for _, e := range doc.Entities {
			got = append(got, e.Text+" "+string(e.Type))
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%q: mismatch (-want +got):\n%s", tc.text, diff)
		}
	}
}
