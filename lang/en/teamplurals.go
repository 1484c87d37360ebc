package en

import (
	"strings"

	"github.com/varlik/varlik/lang"
)

var _ lang.TeamPlurals = English{}

// TeamPlural reports whether norm, a folded word after the folded word
// before, is a plural in -s after "the" (lang.TeamPlurals): "the
// Nationals", "the Rockies". A word in -ss is no plural (the Boss).
func (English) TeamPlural(before, norm string) bool {
	return before == "the" && len(norm) > 3 && strings.HasSuffix(norm, "s") && !strings.HasSuffix(norm, "ss")
}
