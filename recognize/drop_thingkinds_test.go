package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
)

// TestDropKindedThings checks which mentions a kind of thing before them
// or first in them removes, and a kind of work before their guillemets.
func TestDropKindedThings(t *testing.T) {
	tests := []struct {
		lang, text string
		name, id   string
		kept       bool
	}{
		{"ru", "Сначала ураган Роза обрушится на Мексику .", "Роза", "", false},
		{"ru", "Ураган Роза принесет ливни .", "Ураган Роза", "", false},
		{"ru", "Это счетчик Гейгера .", "Гейгера", "", false},
		{"ru", "Роза принесет ливни .", "Роза", "", true},                     // no kind
		{"ru", "Ураган Роза принесет ливни .", "Роза", "", false},             // the kind capitalized
		{"ru", "Сначала ураган Катрина ударил .", "Катрина", "Q123", true},    // the gazetteer's
		{"ru", "Продукт для мобильной ОС Android .", "Android", "", false},    // an abbreviation
		{"ru", "Она спела песню « Мария Луиза » .", "Мария Луиза", "", false}, // a quoted title
		{"ru", "Вышел сериал « Виктор Павлов » .", "Виктор Павлов", "", false},
		{"ru", "Вышел сериал Виктор Павлов .", "Виктор Павлов", "", true}, // unquoted: a maker or owner
		{"ru", "Он отдал передачу Сергею Павлову .", "Сергею Павлову", "", true},
		{"en", "Then hurricane Rosa hit .", "Rosa", "", false},
		{"tr", "Sonra kasırga Rosa vurdu .", "Rosa", "", true}, // no ThingKinds
	}
	for _, tc := range tests {
		doc, ents, l := mentionIn(t, tc.lang, tc.text, tc.name, annotation.Person, tc.id)
		if got := len(dropKindedThings(doc, ents, l)) == 1; got != tc.kept {
			t.Errorf("%q in %q: kept %v, want %v", tc.name, tc.text, got, tc.kept)
		}
	}
}
