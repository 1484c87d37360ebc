package tr

import (
	"strings"

	"github.com/varlik/varlik/lang"
)

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
	if norm == "" {
		return false
	}
	if norm == "gol" || norm == "lig" {
		return true
	}
	// SportsWord runs on every word of a document: the index compares a
	// word only with the stems that begin with its first byte.
	return sportsIndex.startsAny(norm)
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

// clubAffixes are the words that a club's full name adds to the short name
// Turkish news uses for it ("Livingston FC", "SSC Napoli", "SC Braga"),
// before or after it: the most frequent ones of the gazetteer's clubs.
var clubAffixes = []string{"FC", "AFC", "SC", "SSC", "CF", "AC"}

// ClubForms returns the full names a club Turkish news calls short may
// have in the gazetteer (lang.ClubNames): the short name with each club
// affix after and before it.
func (Turkish) ClubForms(short string) []string {
	// The forms are pieces of one string: two allocations rather than
	// thirteen, for a call the recognize rules make for many names.
	n := 0
	for _, a := range clubAffixes {
		n += 2 * (len(short) + 1 + len(a))
	}
	var b strings.Builder
	b.Grow(n)
	for _, a := range clubAffixes {
		b.WriteString(short)
		b.WriteByte(' ')
		b.WriteString(a)
		b.WriteString(a)
		b.WriteByte(' ')
		b.WriteString(short)
	}
	all := b.String()
	forms := make([]string, 0, 2*len(clubAffixes))
	for _, a := range clubAffixes {
		k := len(short) + 1 + len(a)
		forms = append(forms, all[:k], all[k:2*k])
		all = all[2*k:]
	}
	return forms
}

// PlaceBefore reports whether a word before a name makes it a match's
// place (lang.ClubNames): never in Turkish, which says where with a case
// ending on the name itself ("Paris'te").
func (Turkish) PlaceBefore(string) bool { return false }

var _ lang.MinuteMarks = Turkish{}

// MinuteMark reports whether word abbreviates dakika, minute, in a
// lineup's note (lang.MinuteMarks): Dk, dk.
func (Turkish) MinuteMark(word string) bool {
	return strings.EqualFold(word, "dk")
}
