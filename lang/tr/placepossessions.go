package tr

import (
	"github.com/varlik/varlik/lang"
)

var _ lang.PlacePossessions = Turkish{}

// placePossessionStems are the folded beginnings of the possessive forms
// of what only a place has: its compass parts (kuzeyi, güneybatısından),
// its independence, population and capital. The bare nouns are left out
// ("Ali'nin doğusu" is no phrase, but "doğu" after a name begins a
// region's name, Doğu Anadolu). Left out because people and bodies have
// them too: merkezi (a firm's head office), sınırı (a limit), halkı (a
// leader's people), toprakları (a landlord's).
var placePossessionStems = [...]string{
	"kuzeyi", "kuzeyin", "güneyi", "güneyin", "doğusu", "doğusun", "batısı", "batısın",
	"kuzeydoğusu", "kuzeydoğusun", "kuzeybatısı", "kuzeybatısın",
	"güneydoğusu", "güneydoğusun", "güneybatısı", "güneybatısın",
	"bağımsızlığ", "nüfusu", "nüfusun", "başkenti", "başkentin",
}

// genitiveEndings are the forms of the genitive ending after an
// apostrophe (Katalunya'nın, Paris'in, Bodrum'un, Ürgüp'ün).
var genitiveEndings = map[string]bool{
	"nın": true, "nin": true, "nun": true, "nün": true, "ın": true, "in": true, "un": true, "ün": true,
}

// OwnedByPlace reports whether suffix is a genitive ending and norm the
// possessive of what only a place has (lang.PlacePossessions).
func (Turkish) OwnedByPlace(suffix, norm string) bool {
	if !genitiveEndings[trimApostrophes(suffix)] {
		return false
	}
	return placePossessionIndex.startsAny(norm)
}
