package tr

import (
	"strings"

	"github.com/varlik/varlik/lang"
)

var _ lang.FacilityHeads = Turkish{}

// facilityHeadStems are the stems of the head nouns that end the names of
// facilities, which the guideline tags as places: grounds and halls,
// palaces, castles and towers, places of worship, museums, hotels,
// airports, stations and ports, bridges and dams, beaches and parks, and
// prisons. "Stad" is whole or followed by ı ("Stadı", not "stadia" in a
// foreign name); "park" by ı, "salon" by u and "arena" bare or inflected.
var facilityHeadStems = []string{
	"stadı", "stadyum", "arena", "hipodrom", "salonu", "sarayı", "saray'", "kalesi", "kulesi", "köşkü",
	"camii", "kilisesi", "katedral", "manastır", "müzesi", "oteli", "havalimanı", "havaalanı", "garı",
	"istasyonu", "limanı", "köprüsü", "barajı", "sahili", "plajı", "parkı", "hapishanesi", "cezaevi",
}

// EndsFacility reports whether norm, a folded word, is the head noun of a
// facility's name (lang.FacilityHeads): Stadyumu, Sarayı'nda, Havalimanı.
func (Turkish) EndsFacility(norm string) bool {
	if norm == "stad" || norm == "arena" {
		return true
	}
	for _, s := range facilityHeadStems {
		if strings.HasPrefix(norm, s) {
			return true
		}
	}
	return false
}
