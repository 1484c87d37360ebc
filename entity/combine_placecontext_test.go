package entity

import (
	"testing"
)

// TestRetypePlacesByContext checks which person mentions become places by
// the word before them.
func TestRetypePlacesByContext(t *testing.T) {
	tests := []struct {
		lang, text string
		name, id   string
		want       Type
	}{
		{"ru", "Вокруг церкви Св. Мартина тихо .", "Св. Мартина", "", Location},
		{"ru", "Они были в отеле Роа Роа .", "Роа Роа", "", Location},
		{"ru", "Мэр города Сергей Собянин заявил .", "Сергей Собянин", "", Person}, // a given name
		{"ru", "Вокруг церкви Мартин Лютер .", "Мартин Лютер", "Q9554", Person},    // the gazetteer's
		{"ru", "Св. Мартина чтут .", "Св. Мартина", "", Person},                    // no word before
		{"en", "Near the hotel Roa Roa .", "Roa Roa", "", Person},                  // no PlaceContext
	}
	for _, tc := range tests {
		doc, ents, l := mentionIn(t, tc.lang, tc.text, tc.name, Person, tc.id)
		retypePlacesByContext(doc, ents, l)
		if ents[0].Type != tc.want {
			t.Errorf("%q in %q: %s, want %s", tc.name, tc.text, ents[0].Type, tc.want)
		}
	}
	// An organization's mention alone in guillemets after a kind of place,
	// whatever its first word.
	quoted := []struct {
		text, name string
		want       Type
	}{
		{"Матч прошел на стадионе « Тони Макарони Арена » .", "Тони Макарони Арена", Location},
		{"Матч прошел на стадионе « Тони Макарони Арена Плюс » рядом .", "Тони Макарони Арена", Organization}, // not alone
		{"Он играл против команды « Тони Макарони » .", "Тони Макарони", Organization},
	}
	for _, tc := range quoted {
		doc, ents, l := mentionIn(t, "ru", tc.text, tc.name, Organization, "")
		retypePlacesByContext(doc, ents, l)
		if ents[0].Type != tc.want {
			t.Errorf("%q in %q: %s, want %s", tc.name, tc.text, ents[0].Type, tc.want)
		}
	}
}
