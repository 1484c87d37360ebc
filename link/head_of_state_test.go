package link

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/internal/doctest"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/ru"
)

// TestHeadOfStateSurnames checks that a head of state's surname that no
// mention holds becomes a PERSON mention with the head of state's ID, and
// that other capitalized words do not.
func TestHeadOfStateSurnames(t *testing.T) {
	person := func(id, subtype string, names map[string][]string) *gazetteer.Entry {
		return &gazetteer.Entry{ID: id, Type: gazetteer.Person, Subtype: subtype, Prior: 0.9, Names: names}
	}
	g := gazetteer.New(
		person("p:trump", "head_of_state", map[string][]string{"en": {"Donald Trump"}, "ru": {"Дональд Трамп"}}),
		person("p:lee", "head_of_state", map[string][]string{"en": {"Lee Jae-myung"}, "ru": {"Ли Чжэ Мён"}}),
		person("p:rubio", "minister", map[string][]string{"en": {"Marco Rubio"}, "ru": {"Марко Рубио"}}),
		person("p:barrow", "head_of_state", map[string][]string{"en": {"Adama Barrow"}, "ru": {"Адама Бэрроу"}}),
		&gazetteer.Entry{ID: "geo:barrow", Type: gazetteer.Location, Prior: 0.5, Names: map[string][]string{"en": {"Barrow"}, "ru": {"Бэрроу"}}},
		person("p:rossi", "head_of_state", map[string][]string{"en": {"Matteo Rossi"}, "ru": {"Маттео Росси"}}),
		&gazetteer.Entry{ID: "geo:russia", Type: gazetteer.Location, Prior: 0.9, Names: map[string][]string{"en": {"Russia"}, "ru": {"Россия"}}},
	)
	for _, tc := range []struct {
		l    lang.Language
		text string
		want []string // the mentions added, each "text ID"
	}{
		{ru.Russian{}, "Трамп считает, что демократы ему мешают.", []string{"Трамп p:trump"}},
		{ru.Russian{}, "Предложение Трампом этой кандидатуры вызвало споры.", []string{"Трампом p:trump"}},
		{en.English{}, "Trump said so on Friday.", nil},                 // English names do not inflect: the rule is Russian's
		{ru.Russian{}, "Они встретились в Трамп Тауэр в пятницу.", nil}, // part of a longer name
		{ru.Russian{}, "Ли убежден, что это поможет.", nil},             // too short: Ли is as often Li
		{ru.Russian{}, "Рубио заявил об этом в пятницу.", nil},          // not a head of state
		{ru.Russian{}, "Бэрроу заявил об этом в пятницу.", nil},         // names a place too
		{ru.Russian{}, "Чемпионат России стартует в субботу.", nil},     // Россия's genitive, not Росси's
		{ru.Russian{}, "Росси заявил об этом в пятницу.", []string{"Росси p:rossi"}},
	} {
		doc := doctest.WithNames(t, tc.text, nil, tc.l)
		x := New(g)
		if err := x.AddShortMentionsContext(context.Background(), doc, tc.l); err != nil {
			t.Fatal(err)
		}
		x.Link(doc, tc.l)
		var got []string
		for _, e := range doc.Entities {
			if e.Type != annotation.Person || e.Source != "link" {
				t.Errorf("%q: %q typed %s from %s", tc.text, e.Text, e.Type, e.Source)
			}
			got = append(got, e.Text+" "+e.ID)
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%q: mismatch (-want +got):\n%s", tc.text, diff)
		}
	}
}
