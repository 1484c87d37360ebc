package tr

import (
	"github.com/varlik/varlik/lang"
)

var _ lang.PlaceNounsAfter = Turkish{}

// placeNounStems are the beginnings of the forms of settlement and region
// nouns and of natural features' and streets' that take the compound's
// possessive ending (kent → kenti, kentine, kentindeki; plural kentleri):
// "Köln kentinde" is the city, not its club. Only the possessive forms: a
// bare noun after a name is an adjective's ("Joe Alleva bölge kolluk
// kuvvetlerine", the regional police), and the bare noun's genitive
// (köyün, "of the village", which begins as köyünde does) is left out by
// PlaceNounAfter. Countries,
// states and empires (ülkesi, cumhuriyeti) are left out: "AB ülkeleri" are
// the Union's member countries, and the Union stays a body.
var placeNounStems = []string{
	"kenti", "kentleri", "şehri", "şehirleri", "ilçesi", "ilçeleri", "köyü", "köyleri", "kasabası", "kasabaları",
	"beldesi", "beldeleri", "bölgesi", "bölgeleri", "eyaleti", "eyaletleri", "semti", "semtleri", "mahallesi",
	"mahalleleri", "adası", "adaları",
	// Natural features and streets.
	"sahili", "sahilleri", "plajı", "volkanı", "yanardağı", "dağı", "dağları", "gölü", "nehri", "ırmağı",
	"körfezi", "vadisi", "ovası", "çölü", "caddesi", "sokağı", "bulvarı", "meydanı",
}

// PlaceNounAfter reports whether norm, a folded lower-case word right after
// a name, is a settlement's or a region's noun in a compound with it
// (lang.PlaceNounsAfter).
func (Turkish) PlaceNounAfter(norm string) bool {
	return placeNounIndex.compoundForm(norm)
}

// facilityNounStems are the beginnings of the possessive forms of the
// nouns of buildings and facilities (see placeNounStems): "Long Lartin
// hapishanesi". Not kalesi (a castle, but in a match report a keeper's goal)
// nor sahası (a ground, but also a side's half).
var facilityNounStems = []string{
	"hapishanesi", "cezaevi", "oteli", "havalimanı", "havaalanı", "limanı", "istasyonu", "garı", "köprüsü",
	"parkı", "stadı", "stadyumu", "sarayı", "kilisesi", "camii", "katedrali", "tapınağı",
	"kampı", "üssü",
}

// FacilityNounAfter reports whether norm, a folded lower-case word right
// after a name, is a building's or a facility's noun in a compound with it
// (lang.PlaceNounsAfter).
func (Turkish) FacilityNounAfter(norm string) bool {
	return facilityNounIndex.compoundForm(norm)
}
