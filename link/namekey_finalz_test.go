package link

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/ru"
)

// TestFinalZ checks that a Russian ц ending a word after a consonant keys
// as the Latin z or ce it writes there, and that one after a vowel keys as
// a tz still.
func TestFinalZ(t *testing.T) {
	key := func(l lang.Language, name string) string {
		return nameKey(strings.Fields(l.Fold(name)), l)
	}
	for _, tc := range []struct{ en, ru string }{
		{"Franz Kafka", "Франц Кафка"},
		{"Mainz", "Майнц"},
		{"Linz", "Линц"},
		{"Karl Heinz", "Карл Хайнц"},
		{"Prince", "Принц"},
		{"Fritz", "Фриц"},
		{"Moritz", "Мориц"},
	} {
		if b, c := key(en.English{}, tc.en), key(ru.Russian{}, tc.ru); b != c || b == "" {
			t.Errorf("%s / %s: keys %q %q, want one", tc.en, tc.ru, b, c)
		}
	}
	for _, pair := range [][2]string{{"Roberts", "Робс"}, {"Hearts", "Харс"}} {
		if key(en.English{}, pair[0]) == key(ru.Russian{}, pair[1]) {
			t.Errorf("%s and %s share a key", pair[0], pair[1])
		}
	}
}
