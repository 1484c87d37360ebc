package en

import "github.com/varlik/varlik/lang"

var _ lang.PlacePossessions = English{}

// OwnedByPlace reports whether suffix is the possessive 's (or ’s) and
// norm the word after it something only a place has (lang.PlacePossessions):
// its population, capital, coast, borders, its government's head (PM,
// premier), its compass parts ("Lombok 's population", "Macedonia 's
// PM"). Left out because people or firms have them too: president,
// future, economy (a household's), army (of fans), leader, king, and a
// leader's government and ambassador ("Kumaratunga's government": with
// them, Universal NER EWT train lost two persons the tagger had right,
// and no dev set gained a place).
func (English) OwnedByPlace(suffix, norm string) bool {
	return (suffix == "'s" || suffix == "’s") && placePossessions[norm]
}

var placePossessions = map[string]bool{
	"population": true, "populations": true, "capital": true, "coast": true, "coastline": true, "coasts": true,
	"border": true, "borders": true, "territory": true, "inhabitants": true, "residents": true, "citizens": true,
	"independence": true, "constitution": true, "parliament": true, "military": true,
	"embassy": true, "pm": true, "premier": true, "prime": true, "provinces": true,
	"regions": true, "cities": true, "towns": true, "villages": true, "gdp": true, "north": true, "south": true,
	"east": true, "west": true, "northern": true, "southern": true, "eastern": true, "western": true,
	"northeast": true, "northwest": true, "southeast": true, "southwest": true, "mainland": true,
}
