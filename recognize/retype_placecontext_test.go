package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
)

// TestRetypePlacesByContext checks which person mentions become places by
// the word before them.
func TestRetypePlacesByContext(t *testing.T) {
	tests := []struct {
		lang, text string
		name, id   string
		want       annotation.Type
	}{
		{"ru", "Вокруг церкви Св. Мартина тихо .", "Св. Мартина", "", annotation.Location},
		{"ru", "Они были в отеле Роа Роа .", "Роа Роа", "", annotation.Location},
		{"ru", "Мэр города Сергей Собянин заявил .", "Сергей Собянин", "", annotation.Person}, // a given name
		{"ru", "Вокруг церкви Мартин Лютер .", "Мартин Лютер", "Q9554", annotation.Person},    // the gazetteer's
		{"ru", "Св. Мартина чтут .", "Св. Мартина", "", annotation.Person},                    // no word before
		{"ru", "Памятник стоит в г. Кировск .", "Кировск", "", annotation.Location},           // an abbreviated kind
		{"ru", "В 1990 г. Иванов переехал .", "Иванов", "", annotation.Person},                // г. after a year: год
		{"en", "Near the hotel Roa Roa .", "Roa Roa", "", annotation.Person},                  // no PlaceContext
	}
	for _, tc := range tests {
		doc, ents, l := mentionIn(t, tc.lang, tc.text, tc.name, annotation.Person, tc.id)
		retypePlacesByContext(doc, ents, l)
		if ents[0].Type != tc.want {
			t.Errorf("%q in %q: %s, want %s", tc.name, tc.text, ents[0].Type, tc.want)
		}
	}
	// An organization's mention alone in guillemets after a kind of place,
	// whatever its first word.
	quoted := []struct {
		text, name string
		want       annotation.Type
	}{
		{"Матч прошел на стадионе « Тони Макарони Арена » .", "Тони Макарони Арена", annotation.Location},
		{"Матч прошел на стадионе « Тони Макарони Арена Плюс » рядом .", "Тони Макарони Арена", annotation.Organization}, // not alone
		{"Он играл против команды « Тони Макарони » .", "Тони Макарони", annotation.Organization},
	}
	for _, tc := range quoted {
		doc, ents, l := mentionIn(t, "ru", tc.text, tc.name, annotation.Organization, "")
		retypePlacesByContext(doc, ents, l)
		if ents[0].Type != tc.want {
			t.Errorf("%q in %q: %s, want %s", tc.name, tc.text, ents[0].Type, tc.want)
		}
	}
}
