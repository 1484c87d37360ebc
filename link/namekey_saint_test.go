package link

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/ru"
	"github.com/varlik/varlik/lang/tr"
)

// TestSaintWords checks that a place's words for "saint" key as one pivot
// in every language, and that a last word, a person's name and San, which
// every language spells alike, key as before.
func TestSaintWords(t *testing.T) {
	id := func(l lang.Language, name string, person bool) string {
		return nameID(strings.Fields(l.Fold(name)), l, person)
	}
	for _, tc := range []struct{ tr, en, ru string }{
		{"St. Louis", "St. Louis", "Сент-Луис"},
		{"Saint Lucia", "St. Lucia", "Сент-Люсия"},
		{"Sankt Peterburg", "Saint Peterburg", "Санкт-Петербург"},
		{"São Paulo", "Sao Paulo", "Сан-Паулу"},
		{"Saint Martin", "St. Martin", "Св. Мартина"},
		{"Saint Martin", "St Martin", "Сен-Мартен"},
		{"St Mirren", "St Mirren", "Сент-Миррен"},
	} {
		got := []string{id(tr.Turkish{}, tc.tr, false), id(en.English{}, tc.en, false), id(ru.Russian{}, tc.ru, false)}
		if diff := cmp.Diff([]string{got[1], got[1], got[1]}, got); diff != "" {
			t.Errorf("%s: IDs differ (-want +got):\n%s", tc.en, diff)
		}
	}
	for _, tc := range []struct {
		l      lang.Language
		name   string
		person bool
		want   string
	}{
		{en.English{}, "St. Louis", false, "name:ls-snt"},
		{en.English{}, "Oxford St", false, "name:ksfrd-st"}, // a street's St., last
		{en.English{}, "San Marino", false, "name:mrn-sn"},  // San as every language spells it
		{ru.Russian{}, "Сан-Марино", false, "name:mrn-sn"},
		{ru.Russian{}, "Сен Ин", true, "name:an-sn"},    // a person's words are spelt
		{ru.Russian{}, "СВ Банк", false, "name:bnk-sv"}, // an acronym, no saint's Св.
		{ru.Russian{}, "Св. Банк", false, "name:bnk-snt"},
	} {
		if got := id(tc.l, tc.name, tc.person); got != tc.want {
			t.Errorf("%s: ID %q, want %q", tc.name, got, tc.want)
		}
	}
}
