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

// foldedNameID returns the name ID of name's folded words in l.
func foldedNameID(l lang.Language, name string, person bool) string {
	return nameID(strings.Fields(l.Fold(name)), l, person)
}

// checkOneNameID fails t unless a name as Turkish, English and Russian
// write it gets one name ID in all three.
func checkOneNameID(t *testing.T, trName, enName, ruName string, person bool) {
	t.Helper()
	got := []string{foldedNameID(tr.Turkish{}, trName, person), foldedNameID(en.English{}, enName, person), foldedNameID(ru.Russian{}, ruName, person)}
	if diff := cmp.Diff([]string{got[1], got[1], got[1]}, got); diff != "" {
		t.Errorf("%s: IDs differ (-want +got):\n%s", enName, diff)
	}
}
