package en

import "github.com/varlik/varlik/lang"

var _ lang.BusinessHeads = English{}

// BusinessHead reports whether norm, a folded word, names a trade after a
// founder's or owner's name in a firm's name (lang.BusinessHeads): "Carr
// Futures", "Malcolm Smith Motorsports", "Lehman Brothers". Words that
// are common surnames or given names too (Steel, Mason, Carpenter) are
// left out, and so are words that follow people as their office (Energy
// and Transport follow Secretary, not a person's name, but Trust and
// Capital end places and funds as often as firms).
func (English) BusinessHead(norm string) bool { return businessHeads[norm] }

var businessHeads = map[string]bool{
	"futures": true, "motorsports": true, "motors": true, "brothers": true, "bros": true, "bros.": true,
	"partners": true, "associates": true, "securities": true, "investments": true, "insurance": true,
	"logistics": true, "consulting": true, "consultants": true, "enterprises": true, "ventures": true,
	"realty": true, "properties": true, "pharmaceuticals": true, "foods": true, "communications": true,
	"entertainment": true, "studios": true, "publishing": true, "publishers": true, "construction": true,
	"engineering": true, "electronics": true, "solutions": true, "chemicals": true, "shipping": true,
	"bancorp": true, "industries": true, "holdings": true, "transport": true,
}
