package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
)

// TestRetypeByPlaceHead checks which organizations' mentions become places
// by a head noun of their own.
func TestRetypeByPlaceHead(t *testing.T) {
	tests := []struct {
		lang, text string
		name       string
		want       annotation.Type
	}{
		{"ru", "Связи с Турецкой республикой крепнут .", "Турецкой республикой", annotation.Location},
		{"ru", "Наименование Республика Македония спорно .", "Республика Македония", annotation.Location},
		{"ru", "Пресс-секретарь Индонезийского Красного Креста сообщил .", "Индонезийского Красного Креста", annotation.Organization}, // an adjective
		{"ru", "Он возглавил Комитет республики по спорту .", "Комитет республики", annotation.Organization},                          // an organization's head too
		{"ru", "Вчера Турецкой республикой объявили .", "республикой", annotation.Organization},                                       // one word
		{"tr", "Dün Türkiye Cumhuriyeti açıkladı .", "Türkiye Cumhuriyeti", annotation.Organization},                                  // no PlaceHeads
	}
	for _, tc := range tests {
		doc, ents, l := mentionIn(t, tc.lang, tc.text, tc.name, annotation.Organization, "")
		retypeByPlaceHead(doc, ents, l)
		if ents[0].Type != tc.want {
			t.Errorf("%q: %s, want %s", tc.name, ents[0].Type, tc.want)
		}
	}
}
