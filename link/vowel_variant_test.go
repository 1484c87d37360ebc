package link

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/ru"
	"github.com/varlik/varlik/lang/tr"
)

// TestVowelVariant checks that a name spelt as an entry's name in the
// document's language but for one vowel takes the entry, and that a name
// a letter longer or shorter, a consonant apart (as its language writes
// it, too: Beştepe is not Boztepe), spelt alike, short, named
// so only in another language or spelt so by two entries does not; in a
// language whose names inflect, a name with a case ending's vowel after it
// is compared without it.
func TestVowelVariant(t *testing.T) {
	loc := gazetteer.Location
	entry := func(id string, names map[string][]string) *gazetteer.Entry {
		return &gazetteer.Entry{ID: id, Type: loc, Names: names}
	}
	x := New(gazetteer.New(
		entry("geo:catalonia", map[string][]string{"tr": {"Katalonya"}, "en": {"Catalonia"}}),
		entry("geo:phoenix", map[string][]string{"en": {"Phoenix"}, "ru": {"Финикс"}}),
		entry("geo:livingstone", map[string][]string{"en": {"Livingstone"}}),
		entry("geo:hamburg", map[string][]string{"en": {"Hamburg"}}),
		entry("geo:mali", map[string][]string{"tr": {"Mali"}}),
		entry("geo:salzberg", map[string][]string{"tr": {"Salzberg"}}),
		entry("geo:salzbirg", map[string][]string{"tr": {"Salzbirg"}}),
		entry("geo:saint-martin", map[string][]string{"en": {"St. Martin"}, "ru": {"Сен-Мартен"}}),
		entry("geo:boztepe", map[string][]string{"tr": {"Boztepe"}}),
	))
	for _, tc := range []struct {
		l    lang.Language
		name string
		want string
	}{
		{tr.Turkish{}, "Katalunya", "geo:catalonia"},
		{ru.Russian{}, "Феникс", "geo:phoenix"},
		{en.English{}, "Catalunia", "geo:catalonia"}, // named so in English too
		{en.English{}, "Livingston", ""},             // a letter shorter
		{en.English{}, "Hamburk", ""},                // a consonant apart
		{en.English{}, "Hamburg", ""},                // spelt alike: the gazetteer's lookup decides
		{tr.Turkish{}, "Male", ""},                   // too short a key
		{ru.Russian{}, "Каталуня", ""},               // named so only in other languages: entryByKey decides
		{tr.Turkish{}, "Salzburg", ""},               // two entries a vowel apart
		{ru.Russian{}, "Фениксе", ""},                // one word a vowel longer: as often a nominative of its own
		{ru.Russian{}, "Св. Мартина", "geo:saint-martin"},
		{ru.Russian{}, "Фениксеа", ""}, // two vowels longer
		{en.English{}, "Hamburga", ""}, // English names take no case ending
		{ru.Russian{}, "Финикса", ""},  // spelt alike but for the ending: the gazetteer's matching decides
		{tr.Turkish{}, "Beştepe", ""},  // a vowel and a letter the spelling merges (ş, z) apart
		{tr.Turkish{}, "Boztopa", ""},  // two vowels apart
	} {
		words := strings.Fields(tc.l.Fold(tc.name))
		if got := x.vowelVariant(x.keyedNames(keyOf(words, tc.l), annotation.Location), words, tc.l); got != tc.want {
			t.Errorf("%s %q: %q, want %q", tc.l.Code(), tc.name, got, tc.want)
		}
	}
}

func TestOneVowelRuneApart(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"katalunya", "katalonya", true},
		{"феникс", "финикс", true},
		{"beştepe", "boztepe", false},
		{"boztepe", "boztepe", false},
		{"ankara", "ankra", false},
	} {
		if got := oneVowelRuneApart(tc.a, tc.b); got != tc.want {
			t.Errorf("oneVowelRuneApart(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestOneVowelApart(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"katalunia", "katalonia", true},
		{"katalonia", "katalonia", false},
		{"livingston", "livingstone", false},
		{"hamburg", "hamburk", false},
		{"feniks", "finiks", true},
		{"fenika", "finiko", false},
	} {
		if got := oneVowelApart(tc.a, tc.b); got != tc.want {
			t.Errorf("oneVowelApart(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
