package link

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/ru"
	"github.com/varlik/varlik/lang/tr"
)

// TestGBeforeO checks that a g before an ö keys as the г before the ё
// (or the е) Russian writes, and that a g before an o, a ü or an ö after
// another letter keys as before.
func TestGBeforeO(t *testing.T) {
	key := func(l lang.Language, name string) string {
		return nameKey(strings.Fields(l.Fold(name)), l)
	}
	for _, tc := range []struct{ tr, en, ru string }{
		{"Gökhan Durgun", "Gökhan Durgun", "Гёкхан Дургун"},
		{"Gökhan Durgun", "Gökhan Durgun", "Гекхан Дургун"},
		{"Göteborg", "Göteborg", "Гётеборг"},
		{"Gölcük", "Gölcük", "Гёлджюк"},
	} {
		got := []string{key(tr.Turkish{}, tc.tr), key(en.English{}, tc.en), key(ru.Russian{}, tc.ru)}
		if diff := cmp.Diff([]string{got[2], got[2], got[2]}, got); diff != "" {
			t.Errorf("%s: keys differ (-want +got):\n%s", tc.ru, diff)
		}
	}
	for _, tc := range []struct {
		l          lang.Language
		name, want string
	}{
		{en.English{}, "Gokhan", "gn"},   // no dots: as before
		{en.English{}, "Gordon", "grdn"}, // a g before an o
		{tr.Turkish{}, "Güler", "glr"},   // a g before a ü: hard, as Russian's гю
		{tr.Turkish{}, "Özgür", "sgr"},
		{tr.Turkish{}, "Gözde", "jsd"},
	} {
		if got := key(tc.l, tc.name); got != tc.want {
			t.Errorf("%s: key %q, want %q", tc.name, got, tc.want)
		}
	}
}
