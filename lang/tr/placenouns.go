package tr

import (
	"strings"

	"github.com/varlik/varlik/lang"
)

var _ lang.PlaceNounsAfter = Turkish{}

// placeNounStems are the beginnings of the forms of settlement and region
// nouns that take the compound's possessive ending (kent → kenti, kentine,
// kentindeki; plural kentleri): "Köln kentinde" is the city, not its club.
// Only the possessive forms: a bare noun after a name is an adjective's
// ("Joe Alleva bölge kolluk kuvvetlerine", the regional police). Countries,
// states and empires (ülkesi, cumhuriyeti) are left out: "AB ülkeleri" are
// the Union's member countries, and the Union stays a body.
var placeNounStems = []string{
	"kenti", "kentler", "şehri", "şehrin", "şehirler", "ilçesi", "ilçesin", "ilçeler",
	"köyü", "köyün", "köyler", "kasabası", "kasabasın", "kasabalar", "beldesi", "beldesin",
	"bölgesi", "bölgesin", "bölgeler", "eyaleti", "eyaletin", "eyaletler", "semti", "semtin",
	"mahallesi", "mahallesin", "adası", "adasın", "adaları",
}

// PlaceNounAfter reports whether norm, a folded lower-case word right after
// a name, is a settlement's or a region's noun in a compound with it
// (lang.PlaceNounsAfter).
func (Turkish) PlaceNounAfter(norm string) bool {
	for _, s := range placeNounStems {
		if strings.HasPrefix(norm, s) {
			return true
		}
	}
	return false
}
