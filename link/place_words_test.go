package link

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/ru"
	"github.com/varlik/varlik/lang/tr"
)

// TestPlaceWordsInOrganizations checks that an organization whose name
// holds a country, written as each language names it or as an English
// demonym, gets one name ID in every language; and that a name without
// one keeps its own key.
func TestPlaceWordsInOrganizations(t *testing.T) {
	x := New(gazetteer.Default())
	for _, c := range []struct {
		what       string
		tr, en, ru [2]string // text, name
	}{
		{"a country's name in each language, inflected in Russian",
			[2]string{"Kitap Meksika Ulusal Kütüphanesine gitti.", "Meksika Ulusal Kütüphanesine"},
			[2]string{"The book went to the Mexico National Library.", "Mexico National Library"},
			[2]string{"Книга ушла в Национальную библиотеку Мексики.", "Национальную библиотеку Мексики"}},
		{"an English demonym",
			[2]string{"Endonezya Futbol Federasyonu açıkladı.", "Endonezya Futbol Federasyonu"},
			[2]string{"The Indonesian Football Federation said so.", "Indonesian Football Federation"},
			[2]string{"Об этом заявила Федерация футбола Индонезии.", "Федерация футбола Индонезии"}},
		{"a country of two words in Turkish, an acronym in English",
			[2]string{"Birleşik Krallık Uzay Ajansı açıkladı.", "Birleşik Krallık Uzay Ajansı"},
			[2]string{"The UK Space Agency said so.", "UK Space Agency"},
			[2]string{"Об этом сообщило Космическое агентство Великобритании.", "Космическое агентство Великобритании"}},
	} {
		a, b, r := organizationIDs(t, x, c.tr, c.en, c.ru)
		if a != b || b != r || a == "" {
			t.Errorf("%s: IDs %q %q %q, want one", c.what, a, b, r)
		}
	}
	// A name with no place in it is keyed as before; a place's name alone
	// is left to placeNamesake; a sea or a land keeps its own language's
	// name (Akdeniz University); a word's reading is read for the last
	// word alone, and only one that swaps an ending (силы is not the
	// Chadian province Сила, nor milan the Algerian Mila).
	for _, c := range []struct {
		l           lang.Language
		words, want []string
	}{
		{en.English{}, []string{"red", "cross"}, []string{"red", "cross"}},
		{en.English{}, []string{"scotland"}, []string{"scotland"}},
		{ru.Russian{}, []string{"красный", "крест"}, []string{"красный", "крест"}},
		{tr.Turkish{}, []string{"akdeniz", "üniversitesi"}, []string{"akdeniz", "üniversitesi"}},
		{ru.Russian{}, []string{"вооруженные", "силы", "украины"}, []string{"вооруженные", "силы", "ukraine"}},
		{tr.Turkish{}, []string{"ac", "milan"}, []string{"ac", "milan"}},
	} {
		if got := x.englishPlaceWords(c.words, c.l); strings.Join(got, " ") != strings.Join(c.want, " ") {
			t.Errorf("%s %v: %v, want %v", c.l.Code(), c.words, got, c.want)
		}
	}
}

// TestPlaceWordsKeyedAsEnglish checks that the English name of a place in
// an organization's name is keyed as English keys it, its plural head in
// the singular (Solomon Islands, United States), in every language, and
// that a second-level region (region2: Venice, Orkney Islands) is a place
// whose name languages translate.
func TestPlaceWordsKeyedAsEnglish(t *testing.T) {
	x := New(gazetteer.Default())
	for _, c := range []struct {
		what string
		a, b [2]string // text, name
		la   lang.Language
	}{
		{"a country with a plural head, Turkish and English",
			[2]string{"Solomon Adaları Futbol Federasyonu açıkladı.", "Solomon Adaları Futbol Federasyonu"},
			[2]string{"The Solomon Islands Football Federation said so.", "Solomon Islands Football Federation"}, tr.Turkish{}},
		{"a territory with a plural head, Turkish and English",
			[2]string{"Cayman Adaları Hükümeti açıkladı.", "Cayman Adaları Hükümeti"},
			[2]string{"The Cayman Islands Government said so.", "Cayman Islands Government"}, tr.Turkish{}},
		{"the United States, Russian and English",
			[2]string{"Об этом заявили в Конгрессе США.", "Конгрессе США"},
			[2]string{"The United States Congress said so.", "United States Congress"}, ru.Russian{}},
		{"a second-level region (a county)",
			[2]string{"Orkney Adaları Konseyi açıkladı.", "Orkney Adaları Konseyi"},
			[2]string{"The Orkney Islands Council said so.", "Orkney Islands Council"}, tr.Turkish{}},
		{"a second-level region (an Italian province)",
			[2]string{"Venedik Film Festivali başladı.", "Venedik Film Festivali"},
			[2]string{"The Venice Film Festival opened.", "Venice Film Festival"}, tr.Turkish{}},
	} {
		a := organizationID(t, x, c.la, c.a[0], c.a[1])
		b := organizationID(t, x, en.English{}, c.b[0], c.b[1])
		if a != b || a == "" {
			t.Errorf("%s: IDs %q %q, want one", c.what, a, b)
		}
	}
}
