package link

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/ru"
)

// TestGhAndPinyin checks that a Latin gh before a vowel is keyed as the
// г Russian writes, unless a u or an i silences it, and before a
// consonant too, and that pinyin's zh,
// j and initial x key as Russian's чж, цз and с; and that none of them
// joins a name without them.
func TestGhAndPinyin(t *testing.T) {
	key := func(l lang.Language, name string) string {
		return nameKey(strings.Fields(l.Fold(name)), l)
	}
	for _, tc := range []struct{ en, ru string }{
		{"Ghana", "Гана"},
		{"Afghanistan", "Афганистан"},
		{"Meghan Foley", "Меган Фоли"},
		{"Howard Hughes", "Говард Хьюз"},
		{"Brighton", "Брайтон"},
		{"Tsinghua", "Цинхуа"},
		{"Zhang Wei", "Чжан Вэй"},
		{"Zhou", "Чжоу"},
		{"Jiang Lin", "Цзян Линь"},
		{"Xu Lin", "Сюй Линь"},
		{"Xiamen", "Сямэнь"},
		// a gh before a consonant is the ghayn Russian writes г; a
		// pinyin ng before ha is н and х, not an English -ngham
		{"Baghdad", "Багдад"},
		{"Maghreb", "Магриб"},
		{"Shanghai", "Шанхай"},
		{"Nottingham", "Ноттингем"},
	} {
		if b, c := key(en.English{}, tc.en), key(ru.Russian{}, tc.ru); b != c || b == "" {
			t.Errorf("%s / %s: keys %q %q, want one", tc.en, tc.ru, b, c)
		}
	}
	for _, pair := range [][2]string{{"Alexander", "Салександр"}, {"Xavier", "Савьер"}, {"Hughes", "Хьюджес"}, {"Zhou", "Чоу"}} {
		if key(en.English{}, pair[0]) == key(ru.Russian{}, pair[1]) {
			t.Errorf("%s and %s share a key", pair[0], pair[1])
		}
	}
}
