package link

import (
	"testing"

	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/ru"
)

// TestSaintWords checks that a place's words for "saint" key as one pivot
// in every language, and that a last word, a person's name and San, which
// every language spells alike, key as before.
func TestSaintWords(t *testing.T) {
	for _, tc := range []struct{ tr, en, ru string }{
		{"St. Louis", "St. Louis", "Сент-Луис"},
		{"Saint Lucia", "St. Lucia", "Сент-Люсия"},
		{"Sankt Peterburg", "Saint Peterburg", "Санкт-Петербург"},
		{"São Paulo", "Sao Paulo", "Сан-Паулу"},
		{"Saint Martin", "St. Martin", "Св. Мартина"},
		{"Saint Martin", "St Martin", "Сен-Мартен"},
		{"St Mirren", "St Mirren", "Сент-Миррен"},
	} {
		checkOneNameID(t, tc.tr, tc.en, tc.ru, false)
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
		if got := foldedNameID(tc.l, tc.name, tc.person); got != tc.want {
			t.Errorf("%s: ID %q, want %q", tc.name, got, tc.want)
		}
	}
}
