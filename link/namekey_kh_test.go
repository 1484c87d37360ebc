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

// TestInitialKh checks that a Latin initial kh before a vowel keys as the
// Х Russian writes and the h Turkish writes, and that a kh elsewhere, and
// a k or an h that is no Х, key as before.
func TestInitialKh(t *testing.T) {
	key := func(l lang.Language, name string) string {
		return nameKey(strings.Fields(l.Fold(name)), l)
	}
	for _, tc := range []struct {
		l    lang.Language
		name string
		want string
	}{
		{en.English{}, "Khartoum", "grtm"},
		{ru.Russian{}, "Хартум", "grtm"},
		{en.English{}, "Kherson", "grsn"},
		{ru.Russian{}, "Херсон", "grsn"},
		{en.English{}, "Imran Khan", "mrn-gn"},
		{ru.Russian{}, "Имран Хан", "mrn-gn"},
		{en.English{}, "Vahagn Khachaturyan", "vgn-gktrn"},
		{tr.Turkish{}, "Vahagn Haçaturyan", "vgn-gktrn"},
		{en.English{}, "Hamad Al-Khalifa", "gmd-al-glf"},
		{ru.Russian{}, "Хамад Аль-Халифа", "gmd-al-glf"},
		// a kh inside a word was keyed so before: its h drops on both sides
		{en.English{}, "Mikhail", "ml"},
		{ru.Russian{}, "Михаил", "ml"},
		// a k before another consonant than h, and a kh before one, are as they were
		{en.English{}, "Kate", "kt"},
		{en.English{}, "Khmer", "mr"},
	} {
		if got := key(tc.l, tc.name); got != tc.want {
			t.Errorf("%s: key %q, want %q", tc.name, got, tc.want)
		}
	}
	// Kate and Хейт (Hate) stay apart.
	if diff := cmp.Diff(key(en.English{}, "Kate"), key(ru.Russian{}, "Хейт")); diff == "" {
		t.Error("Kate and Хейт share a key")
	}
}
