package ru

import (
	"strings"

	"github.com/varlik/varlik/lang"
)

var _ lang.PlaceContext = Russian{}

// placeKindStems begin the nouns of buildings and of places smaller than
// a region that stand before their names: церковь Св. Мартина, отеле Роа
// Роа, пляжа Бикон Бич, города Мидсомер Нортон. Regions and countries are
// left out: a person's name follows them when a role before them is
// elided (губернатор штата Браун).
var placeKindStems = newStemList(
	"отел", "гостиниц", "пляж", "комплекс", "тюрьм", "церкв", "церков", "собор", "храм", "монастыр",
	"стадион", "парк", "мост", "вокзал", "кладбищ", "замк", "замок", "дворц", "дворец", "квартал",
	"улиц", "площад", "проспект", "остров", "озер", "залив", "пролив", "полуостров",
	"деревн", "село", "села", "селе", "поселк", "поселок", "город",
)

// placeKindAbbreviations are the abbreviated place kinds of encyclopedic
// text, with their dots (в г. Кировск, пос. Комарово, с. Ивановка, ул.
// Ленина, р. Волги, ст. Маяковская). Left out: о. (остров, but отец before
// a priest's name).
var placeKindAbbreviations = map[string]bool{"г.": true, "пос.": true, "пгт": true, "с.": true, "д.": true,
	"дер.": true, "ул.": true, "пр.": true, "просп.": true, "пл.": true, "р.": true, "оз.": true, "ст.": true,
	"мкр.": true}

// nounEndings are the case endings of those nouns: a longer rest makes
// another word (республиканец, селебрити-стилист).
var nounEndings = []string{"", "а", "я", "у", "ю", "е", "и", "ы", "о", "ь", "ом", "ем", "ой", "ей", "ью", "ов", "ев",
	"ам", "ям", "ах", "ях", "ами", "ями"}

// PlaceBefore reports whether before is a case form of a place kind or
// its abbreviation and first no given name (lang.PlaceContext): церкви Св.
// Мартина, г. Кировск, but not области Александр Мишарин.
func (Russian) PlaceBefore(before, first string) bool {
	if !placeKindAbbreviations[before] && !caseFormOf(before, placeKindStems) {
		return false
	}
	return !forms.first(first) && obliqueFirst(word{norm: first}) == ""
}

var _ lang.PlaceNameEndings = Russian{}

// placeNameEndings are the English words for streets and squares that
// Russian joins to a name by a hyphen, in the forms news writes them (they
// do not decline): Джон-стрит, Бествуд-стрит, Трафальгар-сквер,
// Эбби-роуд, Пятая-авеню.
var placeNameEndings = []string{"-стрит", "-сквер", "-роуд", "-авеню", "-лейн", "-плейс", "-драйв"}

// EndsPlaceName reports whether norm ends in one of placeNameEndings after
// a name of two letters or more (lang.PlaceNameEndings).
func (Russian) EndsPlaceName(norm string) bool {
	// Every ending opens with a hyphen (TestPlaceNameEndings), which few
	// words hold: they are told by one scan of their bytes, where the
	// rules ask of many words and trying each ending cost 170 instructions
	// a word.
	if strings.IndexByte(norm, '-') < 0 {
		return false
	}
	for _, e := range placeNameEndings {
		if k := len(norm) - len(e); k > 0 && norm[k:] == e && lang.RuneCount(norm[:k]) >= 2 {
			return true
		}
	}
	return false
}
