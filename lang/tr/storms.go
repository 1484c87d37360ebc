package tr

import (
	"strings"

	"github.com/varlik/varlik/lang"
)

var _ lang.StormNames = Turkish{}

// stormStems are the folded stems of the words for a storm's kind:
// hurricane, typhoon, cyclone, storm (kasırga, tayfun, siklon, fırtına).
// Rain, flooding and wind are left out, as English leaves them out: other
// news has them too.
var stormStems = [...]string{"kasırga", "tayfun", "siklon", "fırtına"}

// StormWord reports whether norm, a folded word, names a storm's kind in
// any of its forms (lang.StormNames): kasırga, kasırgası, Kasırgası'nın
// (after the apostrophe is split off), fırtınaya. A stem's forms only
// add suffixes, so a prefix test finds them.
func (Turkish) StormWord(norm string) bool {
	for _, s := range stormStems {
		if strings.HasPrefix(norm, s) {
			return true
		}
	}
	return false
}
