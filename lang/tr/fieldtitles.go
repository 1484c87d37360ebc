package tr

import (
	"strings"

	"github.com/varlik/varlik/lang"
)

var _ lang.FieldTitles = Turkish{}

// FieldTitle reports whether norm, a folded word, is a minister's title,
// the noun of "Hazine ve Maliye Bakanı" (lang.FieldTitles): bakan, bakanı,
// bakanımız, bakanına; not the ministry (bakanlığı) nor the ministers'
// council (Bakanlar Kurulu), which are bodies.
func (Turkish) FieldTitle(norm string) bool {
	rest, ok := strings.CutPrefix(norm, "bakan")
	return ok && (rest == "" || strings.HasPrefix(rest, "ı"))
}
