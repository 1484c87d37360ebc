package entity

import "testing"

// TestRetypePostingServices checks which place mentions become
// organizations by the words of posting before them.
func TestRetypePostingServices(t *testing.T) {
	tests := []struct {
		lang, text string
		name, id   string
		want       Type
	}{
		{"ru", "Певица написала в Фейсбуке , что уходит .", "Фейсбуке", "", Organization},
		{"ru", "Он рассказал о разводе в своем Телеграме .", "Телеграме", "", Organization},
		{"ru", "Мэр объявил во вторник в Вайбере о новых мерах .", "Вайбере", "", Organization},
		{"ru", "Пишите пользователю @CityPolice в Мастодоне .", "Мастодоне", "", Organization},
		{"ru", "Журналист написал в Москве книгу .", "Москве", "Q649", Location},            // the gazetteer's
		{"ru", "Письмо опубликовано на Красной площади .", "Красной площади", "", Location}, // на
		{"ru", "Он написал письмо , живя в Кройдоне .", "Кройдоне", "", Location},           // another clause
		{"ru", "Он отдыхал в Кройдоне .", "Кройдоне", "", Location},                         // no posting
		{"en", "She wrote in Croydon .", "Croydon", "", Location},                           // no PostingContext
	}
	for _, tc := range tests {
		doc, ents, l := mentionIn(t, tc.lang, tc.text, tc.name, Location, tc.id)
		names := retypePostingServices(doc, ents, l)
		if ents[0].Type != tc.want {
			t.Errorf("%q in %q: %s, want %s", tc.name, tc.text, ents[0].Type, tc.want)
		}
		if retyped := len(names) == 1 && names[0] == tc.name; retyped != (tc.want == Organization) {
			t.Errorf("%q in %q: returned %q", tc.name, tc.text, names)
		}
	}
}
