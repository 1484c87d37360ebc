package tr

import "strings"

// sportsStems are the stems of the words of a sports report (see
// lang.SportsWords): a match, goal, league, season, win or defeat, an away
// game, a cup, a championship, a team, a coach or manager, a player, a
// goalkeeper or forward, a shot, a penalty, points, an opponent, a
// transfer, a stadium, fans.
// "Ligi", "lige", "ligde"... rather than "lig-", which begins "ligand";
// "gol", "golü"... rather than "gol-", which begins "golf".
var sportsStems = []string{
	"maç", "ligi", "lige", "ligd", "ligin", "ligt", "sezon", "galibiyet", "yenilgi", "deplasman", "kupa",
	"şampiyon", "takım", "antrenör", "menajer", "futbol", "basketbol", "oyuncu", "şut", "rakib", "rakip",
	"kaleci", "forvet", "penaltı", "puan", "transfer", "stadyum", "stad", "taraftar", "golü", "golle",
	"golün", "gollerin", "golde", "gole",
}

// SportsWord reports whether norm, a folded word, belongs to a sports
// report (lang.SportsWords): maçta, ligdeki, sezon, galibiyeti, gol.
func (Turkish) SportsWord(norm string) bool {
	if norm == "gol" || norm == "lig" {
		return true
	}
	for _, s := range sportsStems {
		if strings.HasPrefix(norm, s) {
			return true
		}
	}
	return false
}

// Opposes reports whether norm, a folded word after a name in a sports
// report, makes the name the opponent's (lang.OpponentWords): karşı,
// karşısında, karşısındaki (against) and karşılaş- (to face). Not karşıtı
// (opposed to: "Erdoğan karşıtı"), karşılık (in return) nor karşılaştır-
// (to compare).
func (Turkish) Opposes(norm string) bool {
	return norm == "karşı" || strings.HasPrefix(norm, "karşısında") ||
		strings.HasPrefix(norm, "karşılaş") && !strings.HasPrefix(norm, "karşılaştır")
}
