package tr

import (
	"strings"

	"github.com/varlik/varlik/lang"
)

var _ lang.FacilityHeads = Turkish{}

// facilityHeads are the folded beginnings of the head nouns of a built
// facility's or a landmark's name in the compound's possessive form, with
// its endings (Köprüsü, Köprüsünde, Kulesi'ne, Havalimanı): bridges,
// towers, airports, stations, dams, ports, castles and fortresses,
// monuments, monasteries, tunnels, power plants, squares, külliyes and
// hotels (a hotel's name is a building's, docs/annotation.md: NTREX
// Turkish dev 0.9122 → 0.9132, Roa Roa Oteli twice; the Milliyet dev
// split, whose annotation tags no hotel, 0.8726 → 0.8724).
// The corpus's training part tags every such name it holds as a place
// (Bezirgan Köprüsü, Atatürk Barajı, Mersin Limanı, Austerlitz Garı,
// Ocaklı Ada Kalesi, İnsan Hakları Anıtı). The bare nouns are left out:
// Liman and Manastır are names of their own. Churches, theatres and
// mansions are left out too: their names name bodies (Katolik
// Kilisesi, Şehir Tiyatroları, Çankaya Köşkü), and so are the plurals,
// which name firms and bodies (TAV Havalimanları, Devlet Hava Meydanları).
var facilityHeads = [...]string{
	"köprüs", "kules", "havalimanı", "havalimanın", "havaalanı", "havaalanın", "garı", "garın", "istasyonu",
	"istasyonun", "barajı", "barajın", "limanı", "limanın",
	"kalesi", "kalesin", "anıtı", "anıtın", "manastırı", "manastırın", "tüneli", "tünelin", "santrali",
	"santralin", "meydanı", "meydanın", "külliyes", "hisarı", "hisarın", "oteli", "otelin",
}

// FacilityHead reports whether norm, a folded word, is the head noun of a
// facility's name in any of its forms (lang.FacilityHeads).
func (Turkish) FacilityHead(norm string) bool {
	return facilityIndex.startsAny(norm)
}

// LowerCaseFacilityHead reports whether norm, a folded word, is the head
// noun of a facility's name in text written in lower case too
// (lang.FacilityHeads): every FacilityHead but kalesi, a castle's in a
// name, but after a name in small letters as often a keeper's goal ("kelly
// kalesinden" of NTREX Turkish dev written in lower case; see
// facilityNounStems).
func (t Turkish) LowerCaseFacilityHead(norm string) bool {
	return t.FacilityHead(norm) && !strings.HasPrefix(norm, "kalesi")
}
