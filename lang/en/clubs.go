package en

import "github.com/varlik/varlik/lang"

var _ lang.ClubNames = English{}

// SportsWord reports whether norm, a folded word, belongs to a match
// report (lang.ClubNames).
func (English) SportsWord(norm string) bool { return cueWords.of(norm)&lang.SportsWordCue != 0 }

var _ lang.SportNames = English{}

// SportName reports whether norm, a folded word, names a team sport
// (lang.SportNames); sportsWords holds them too.
func (English) SportName(norm string) bool { return cueWords.of(norm)&lang.SportNameCue != 0 }

var sportNames = map[string]bool{
	"soccer": true, "football": true, "rugby": true, "cricket": true, "baseball": true, "basketball": true,
	"hockey": true, "ice-hockey": true,
}

var _ lang.SharedSportsWords = English{}

// SharedSportsWord reports whether norm, a folded word, is one a match
// report shares with politics and business (lang.SharedSportsWords).
func (English) SharedSportsWord(norm string) bool {
	return cueWords.of(norm)&lang.SharedSportsWordCue != 0
}

// sharedSportsWords are the words sportsWords leaves out because politics
// and business use them as well; two different ones in a sentence make it
// a match report's.
var sharedSportsWords = map[string]bool{
	"defeat": true, "defeats": true, "defeated": true, "beaten": true, "draw": true, "drew": true,
	"manager": true, "season": true, "games": true, "club": true, "side": true, "fans": true,
	"captain": true, "ball": true, "possession": true, "champions": true,
}

// sportsWords name a game's play, players, results and competitions. Left
// out because politics and business use them as well: win, won, victory,
// defeat, beat, points, manager, coach, final, season, team, game, race.
var sportsWords = map[string]bool{
	"goal": true, "goals": true, "scored": true, "scorer": true, "striker": true, "strikers": true,
	"midfielder": true, "midfielders": true, "defender": true, "defenders": true, "goalkeeper": true,
	"penalty": true, "penalties": true, "free-kick": true, "half-time": true, "full-time": true, "kick-off": true,
	"league": true, "premiership": true, "championship": true, "cup": true, "tournament": true, "fixture": true,
	"fixtures": true, "derby": true, "match": true, "matches": true, "playoff": true, "playoffs": true,
	"play-off": true, "play-offs": true, "semi-final": true, "semi-finals": true, "quarter-final": true,
	"quarter-finals": true, "relegation": true, "unbeaten": true, "innings": true, "inning": true,
	"touchdown": true, "quarterback": true, "pitcher": true, "wicket": true, "wickets": true,
	// Cricket's, baseball's and football's own words: a county's or a
	// franchise's name beside them is its side's ("Kent were bowled out").
	"goalless": true, "equaliser": true, "equalizer": true, "hat-trick": true, "bowled": true, "batsman": true,
	"batsmen": true, "bowler": true, "bowlers": true, "wicketkeeper": true, "all-rounder": true, "pitchers": true,
	"shortstop": true, "outfielder": true, "infielder": true, "homer": true, "homered": true, "touchdowns": true,
	"goaltender": true, "standings": true,
	// Rugby's and the football report's own words: a player sent off or
	// carried off, a try left unconverted, a rugby position (not try,
	// converted, card: a verb, a faith, a cheque). NTREX English dev
	// 0.8710 → 0.8725 (Ayr three times in a rugby report; branch enorg6),
	// the other English dev sets unchanged.
	"unconverted": true, "yellow-carded": true, "red-carded": true, "sin-binned": true, "stretchered": true,
	"fly-half": true, "scrum-half": true, "scrum": true, "scrums": true, "line-out": true, "lineout": true,
	"winger": true, "wingers": true, "full-back": true, "centre-back": true, "centre-half": true,
	"offside": true, "crossbar": true,
	// The team sports themselves, as a report's headline or opening names
	// them ("SOCCER - LEEDS BEAT ARSENAL"); tennis, golf and athletics are
	// left out: their sides are people.
	"soccer": true, "football": true, "rugby": true, "cricket": true, "baseball": true, "basketball": true,
	"hockey": true, "ice-hockey": true,
}

// PlaceBefore reports whether norm, a folded word before a name, makes the
// name a match's place (lang.ClubNames): "in Paris", "near Glasgow". At is
// left out: "a 4-1 triumph at St Johnstone" names the home team.
func (English) PlaceBefore(norm string) bool {
	switch norm {
	case "in", "near", "outside", "across", "around", "throughout":
		return true
	}
	return false
}

// ClubForms returns the full names an English-language story's club may
// have in the gazetteer (lang.ClubNames): "Livingston FC", "FC Livingston",
// "Livingston AFC", "Livingston Football Club", and the British clubs
// named X United, X City or X Town, which a match report calls X (Ayr for
// Ayr United). Foreign clubs' own designators (SSC Napoli, TSG
// Hoffenheim) are not formed: each would cost a look-up for every name of
// every sentence about a match.
func (English) ClubForms(short string) []string {
	return []string{short + " FC", "FC " + short, short + " AFC", short + " Football Club", short + " United", short + " City", short + " Town"}
}

var _ lang.VenueWords = English{}

// VenueBefore reports whether norm is "at" (lang.VenueWords): "by five
// wickets at Chelmsford" names the ground.
func (English) VenueBefore(norm string) bool { return norm == "at" }
