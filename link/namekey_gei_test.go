package link

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/ru"
)

// TestHardGBeforeEi checks that the гей Russian writes for an English
// hard g before the a of "gate" keys as that g, that a Latin gei keys so
// too, and that a g before an ey and a vowel, and before an e alone, is
// soft as before.
func TestHardGBeforeEi(t *testing.T) {
	key := func(l lang.Language, name string) string {
		return nameKey(strings.Fields(l.Fold(name)), l)
	}
	for _, tc := range []struct {
		l    lang.Language
		name string
		want string
	}{
		{en.English{}, "Bill Gates", "bl-gts"},
		{ru.Russian{}, "Билл Гейтс", "bl-gts"},
		{en.English{}, "Gale", "gl"},
		{ru.Russian{}, "Гейл", "gl"},
		{en.English{}, "Gaynor", "gnr"},
		{ru.Russian{}, "Гейнор", "gnr"},
		{en.English{}, "Geiger", "gjr"},
		{ru.Russian{}, "Гейгер", "gjr"},
		{en.English{}, "Sergei", "srg"},
		{ru.Russian{}, "Сергей", "srg"},
		// a g before an e keyed soft, as before
		{en.English{}, "Gerald", "jrld"},
		{ru.Russian{}, "Джеральд", "jrld"},
		{en.English{}, "Adygea", "adj"},
		{ru.Russian{}, "Адыгея", "adj"},
	} {
		if got := key(tc.l, tc.name); got != tc.want {
			t.Errorf("%s: key %q, want %q", tc.name, got, tc.want)
		}
	}
}
