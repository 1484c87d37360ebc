package en

import "github.com/varlik/varlik/lang"

var (
	_ lang.MatchSides    = English{}
	_ lang.TeamNicknames = English{}
)

// SideAfter reports whether norm, a folded word right after a name in a
// sports report, makes the name a side of the match: "Leeds beat
// Arsenal", "Sampdoria drew with", "Rangers host", "Leeds won 2-0". A club
// named after its town is what these verbs' subjects are in a match
// report; a town does not beat, host or draw. "v" and "versus" between
// two names make both sides ("Surrey v Yorkshire"). recognize retypes with it only
// places (a player is a person either way), and only in a sentence about
// sports.
func (English) SideAfter(norm string) bool {
	switch norm {
	case "beat", "beats", "defeated", "defeats", "edged", "thrashed", "routed", "hammered", "stunned", "overcame",
		"drew", "draw", "draws", "lost", "lose", "loses", "won", "win", "wins", "face", "faces", "faced",
		"host", "hosts", "hosted", "battles", "battle", "play", "plays", "played", "trail", "trailed",
		"v", "vs", "vs.", "versus":
		return true
	}
	return false
}

// SideBefore reports whether norm, a folded word right before a name in a
// sports report, with prev, the word before it ("" if none), makes the
// name a side of the match: "beat Arsenal", "against Everton", "Leeds v
// Chelsea", "drew with Fiorentina", "lost to Southampton", "a 5-2 win over
// the Nationals". As with SideAfter, a town is not what a team beats or
// plays against; "in", "at" or "near" before a name keep it the match's
// place.
func (English) SideBefore(prev, norm string) bool {
	switch norm {
	case "beat", "beats", "defeated", "defeats", "edged", "thrashed", "routed", "hammered", "stunned", "overcame",
		"face", "faces", "faced", "host", "hosts", "hosted", "battles", "against", "v", "vs", "vs.", "versus":
		return true
	case "with":
		switch prev {
		case "drew", "draw", "draws", "drawn", "drawing", "tie", "tied":
			return true
		}
	case "to":
		switch prev {
		case "lost", "lose", "loses", "losing", "defeat", "defeats", "loss":
			return true
		}
	case "over":
		switch prev {
		case "win", "wins", "won", "victory", "victories", "triumph":
			return true
		}
	case "by":
		switch prev {
		case "beaten", "defeated", "thrashed", "held", "stunned":
			return true
		}
	}
	return false
}

// PluralNickname reports whether word, a capitalized word after "the" in a
// sports report, is a plural that may name a team by its nickname: the
// Rockies, the Nationals, the Lakers, the Blues. A team named so is
// plural in English ("the Rockies clinched"); the plurals that name a
// competition or a stage of one are left out (the Olympics, the Games, the
// Finals, the Playoffs, the Championships, the Masters, the Series), and so
// are a ceremony's (the Academy Awards, the Oscars).
func (English) PluralNickname(word string) bool {
	n := len(word)
	if n < 4 || word[n-1] != 's' || word[n-2] == 's' || word[n-2] == 'u' || word[n-2] == 'i' {
		return false
	}
	switch fold(word) {
	case "olympics", "paralympics", "games", "finals", "playoffs", "play-offs", "championships", "masters", "series",
		"internationals", "friendlies", "semi-finals", "quarter-finals", "semifinals", "quarterfinals",
		"awards", "prizes", "honours", "honors", "oscars", "emmys", "grammys", "baftas":
		return false
	}
	return true
}

// TeamPart reports whether norm, a folded word right after a name in a
// sports report, with next, the folded word after it ("" if none), is a
// part of the pitch or of the game that belongs to a side: "the edge of
// the Brighton box", "deep in Brighton territory", "the Ayr half", "into
// the Livingston net". A town has none of them in a match report; its
// stadium and its fans are no sign (Leeds fans may be the town's people),
// and neither are a goal and a penalty, which a state or a city sets and
// imposes ("a Texas penalty of up to $10,000"), nor a box office.
func (English) TeamPart(norm, next string) bool {
	switch norm {
	case "box":
		return next != "office"
	case "territory", "half", "goalmouth", "net", "crossbar", "woodwork":
		return true
	}
	return false
}

// SideFollower reports whether norm, a folded lower-case word, may come
// right after a side of a match named after a match verb: a preposition
// ("Arsenal host Wolves in the Cup", "beat Wolves at home") or an adverb of
// time ("host Wolves tonight"). Any other lower-case word after a
// capitalized one is a noun the capitalized word modifies ("Chelsea face
// Easter test", "Arsenal host Christmas match").
func (English) SideFollower(norm string) bool {
	switch norm {
	case "in", "at", "on", "for", "with", "to", "and", "tonight", "today", "tomorrow", "again", "after", "before",
		"this", "next", "last", "without":
		return true
	}
	return false
}

// NotSideAfter reports whether norm, a folded word right after a name
// facing a match verb, makes the name no side of the match: "to", as in
// "United beat Mourinho to the signing", where to beat someone to
// something is to get it first.
func (English) NotSideAfter(norm string) bool { return norm == "to" }
