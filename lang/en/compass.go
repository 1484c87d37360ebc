package en

import "github.com/varlik/varlik/lang"

var _ lang.LowerCompassWords = English{}

// LowerCompassWord reports whether norm, a folded word, is a compass
// adjective that English writes in lower case before a place, out of its
// name (lang.LowerCompassWords): western Arizona, northwestern Sonora,
// central Mexico. The nouns (north, southwest) are left out: they are
// surnames (Kanye West) and the name of a region (the Southwest) as often.
func (English) LowerCompassWord(norm string) bool { return lowerCompass[norm] }

var lowerCompass = map[string]bool{
	"northern": true, "southern": true, "eastern": true, "western": true, "northeastern": true,
	"northwestern": true, "southeastern": true, "southwestern": true, "central": true,
}
