package tr

import (
	"strings"

	"github.com/varlik/varlik/lang"
)

var _ lang.TeamPossessions = Turkish{}

// teamPossessionStems begin the possessive forms of the nouns of a side's
// players (lang.TeamPossessions): its goalkeeper (kalecisi) and striker
// (golcüsü), which nothing but a team has. Not defansı and forveti, which
// are accusatives too ("Hazard defansı geçti", Hazard got past the
// defence). Not its player (oyuncusu), which an actor is too ("Hollywood
// oyuncusu"), nor its fans (taraftarları), which a town has, nor its
// captain (kaptanı), which a ship has.
var teamPossessionStems = []string{"kalecis", "golcüs"}

// sportsPossessionStems begin the possessive forms of the nouns that are
// a side's in a sports report only: its defence (savunması, a
// defendant's statement elsewhere), goal (kalesine, a castle elsewhere),
// pitch (sahasında, an oil field elsewhere) and shirt (forması:
// "Galatasaray forması giydi").
var sportsPossessionStems = []string{"savunmas", "kales", "sahas", "formas"}

// TeamPossession reports whether norm, a folded word after a name (with
// next, the word after it), is a part of a side's play or pitch in the
// possessive (lang.TeamPossessions): "Rangers kalecisi", "Kartal 'ın
// savunmasının" and "Brighton savunmasını" in a match report, and the two
// words of the penalty area, midfield and head coach ("Brighton ceza
// sahasının", "Liverpool orta sahası", "Leeds teknik direktörü"). The name
// must be bare or in the genitive ('ın, 'nin): "Brighton 'a sahasında" is
// no compound.
func (Turkish) TeamPossession(suffix, norm, next string, sports bool) bool {
	if suffix != "" && !genitiveSuffix(suffix) {
		return false
	}
	switch norm {
	case "ceza", "orta":
		return strings.HasPrefix(next, "sahas")
	case "teknik":
		return strings.HasPrefix(next, "direktörü")
	}
	return hasAnyPrefix(norm, teamPossessionStems) || sports && hasAnyPrefix(norm, sportsPossessionStems)
}

// hasAnyPrefix reports whether s begins with one of prefixes.
func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// genitiveSuffix reports whether suffix, a folded apostrophe suffix token,
// is the genitive ending ('ın, 'in, 'un, 'ün, 'nın, 'nin, 'nun, 'nün), the
// apostrophe either straight or curly.
func genitiveSuffix(suffix string) bool {
	s, ok := strings.CutPrefix(suffix, "'")
	if !ok {
		if s, ok = strings.CutPrefix(suffix, "’"); !ok {
			return false
		}
	}
	s = strings.TrimPrefix(s, "n")
	switch s {
	case "ın", "in", "un", "ün":
		return true
	}
	return false
}
