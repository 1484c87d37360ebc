package en

import "github.com/varlik/varlik/lang"

var _ lang.ThingNames = English{}

// NamesThing reports whether norm, a folded word right after a name,
// makes the name a thing's that news annotation does not tag
// (lang.ThingNames): a film or a book named after its hero ("the Johnny
// English films"), an event ("Paris Fashion Week", "the Global Citizen
// Festival"), a scale or a device named after its maker ("the Saffir -
// Simpson scale", "a Geiger Counter"). Left out because names of bodies
// end in them too: show (The Graham Norton Show), awards, prize, day.
func (English) NamesThing(norm string) bool { return thingNames[norm] }

var thingNames = map[string]bool{
	"film": true, "films": true, "movie": true, "movies": true, "franchise": true, "sequel": true,
	"series": true, "sitcom": true, "documentary": true, "novel": true, "novels": true, "album": true,
	"festival": true, "week": true, "scale": true, "counter": true,
}
