package lang

// SportsWords is implemented by a language that knows the words of a
// sports report (match, goal, league, season, win, coach). In a sentence
// with one, a short name that a club's full name holds ("Livingston" of
// "Livingston FC") names the club; elsewhere it is as likely a town or a
// person ("Salisbury , Kuzey Carolina 'da").
type SportsWords interface {
	// SportsWord reports whether a folded word (Token.Norm) belongs to a
	// sports report.
	SportsWord(norm string) bool
}

// SportNames is implemented by a language whose sports words
// (SportsWords) include the names of the team sports: a report's headline
// in capitals names its sport ("SOCCER - LEEDS BEAT ARSENAL"), while running
// text talks about a sport ("I do n't care about baseball", "an American
// football player") in sentences that are no match report.
type SportNames interface {
	// SportName reports whether a folded word (Token.Norm) names a team
	// sport.
	SportName(norm string) bool
}

// OpponentWords is implemented by a language that knows the words which,
// after a name in a sports report, make it the side played against
// (Turkish "Napoli 'ye karşı oynayacak", "Nationals karşısındaki 5 - 2
// galibiyetle", "Videoton 'la karşılaşacak"): a team, where a town or a
// person is what the tagger reads.
type OpponentWords interface {
	// Opposes reports whether a folded word (Token.Norm) after a name in a
	// sports report makes the name the opponent's.
	Opposes(norm string) bool
}

// TeamContext is implemented by a language that tells, among the words
// that mark the name before them as an organization's
// (OrganizationContext), those that make it a team's: its players,
// positions and manager ("Brighton defenders", "Leeds manager"). A town's
// name before one of these is its club's; before the others, the market's
// or the company's words ("London shares", "Tokyo stores"), it stays the
// town's.
type TeamContext interface {
	// MarksTeam reports whether a folded word (Token.Norm) right after a
	// name makes the name a team's.
	MarksTeam(norm string) bool
}

// VenueWords is implemented by a language that knows the words which,
// before a town in a match report, make it the ground rather than a side:
// English "at" ("won by five wickets at Chelmsford"). A club the
// gazetteer knows stays a side there ("a 4-1 win at St Johnstone"): only
// towns taken for teams by the sentence alone ask it.
type VenueWords interface {
	// VenueBefore reports whether a folded word (Token.Norm) before a
	// town makes it the match's ground.
	VenueBefore(norm string) bool
}

// SharedSportsWords is implemented by a language that knows the words a
// sports report shares with politics and business (English: defeat,
// games, manager, club): one of them says nothing of a sentence, but two
// different ones make it a match report's as a SportsWords word does
// ("Promoted Livingston stunned Rangers to consign Steven Gerrard to just
// his second defeat in 18 games as manager of the Ibrox club").
type SharedSportsWords interface {
	// SharedSportsWord reports whether a folded word (Token.Norm) is such
	// a word.
	SharedSportsWord(norm string) bool
}

// MinuteMarks is implemented by a language whose sports news writes the
// minute of a substitution or a goal in a lineup's note with an
// abbreviation (Turkish "Selçuk (Dk. 46)").
type MinuteMarks interface {
	// MinuteMark reports whether a word, as written and without a dot
	// after it, abbreviates "minute" (Turkish Dk, dk).
	MinuteMark(word string) bool
}
