// Package en holds varlik's English relation patterns. Importing it
// registers them under "en" (relation.Register).
package en

import "github.com/varlik/varlik/relation"

// English relation patterns. English marks roles by word order and
// prepositions; the only case is the possessive 's (Gen). The table is in
// patterns.go; the words it uses are here and in titles.go.

func init() { relation.Register("en", enPatterns) }

// Trigger phrases.
var (
	enMeet = []string{"met", "met with", "meets", "meets with", "meeting with", "held talks with",
		"holds talks with", "had talks with", "talked with", "talked to", "spoke with", "spoke to",
		"spoke by phone with", "spoke by telephone with", "spoke on the phone with", "held a phone call with",
		"held a call with", "had a phone call with", "hosted", "hosts", "received", "welcomed",
		"sat down with", "will meet", "is meeting", "is to meet", "will host", "will hold talks with",
		"held talks", "holds talks", "had talks", "spoke by phone", "phoned", "telephoned", "is hosting",
		"had a call with", "had a phone call with", "held a meeting with"}
	// enMeetTogether are the predicates of "X and Y ...".
	enMeetTogether = []string{"met", "meet", "held talks", "hold talks", "co-chaired", "talked", "spoke",
		"will meet", "held a meeting", "had talks"}
	// enMeetingNoun starts a meeting named before its parties: "the meeting
	// between Trump and Putin".
	enMeetingNoun = []string{"meeting between", "talks between", "summit between", "call between",
		"meeting of", "phone call between"}
	// enTalksFor joins a traveller to the one met at the end: "flew to
	// Muscat for talks with Witkoff".
	enTalksFor = []string{"for talks with", "for a meeting with", "to hold talks with"}
	enVisit    = []string{"visited", "visits", "visit", "will visit", "is visiting", "visiting", "arrived in",
		"arrives in", "arrive in", "travelled to", "traveled to", "travels to", "travel to", "travelling to",
		"traveling to", "flew to", "flies to", "fly to", "toured", "tours", "landed in", "went to",
		"headed to", "heads to", "returned to", "headed for", "heads for", "left for", "leaves for"}
	enVisitNoun = []string{"visit to", "state visit to", "official visit to", "trip to", "arrival in", "tour of"}
	// enSubjectPronouns open a clause said without "that": "announced he would run".
	enSubjectPronouns = []string{"he", "she", "it", "they", "we", "i"}
	// enPrepositions take a name as their object, which is then no subject.
	enPrepositions = []string{"of", "for", "to", "with", "by", "from", "about", "against", "toward", "towards"}
	// enHonorific are the honorifics written between a quotation and its
	// speaker's name: "“...,” Mr. Adams said".
	enHonorific = []string{"mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "prof.", "sir", "dame", "lord", "lady"}
	// enSaidWhen starts what may follow a speaker at the end of a sentence
	// ("..., the Kremlin said on Friday"): a time, a place or a medium,
	// never a clause of its own.
	enSaidWhen = []string{"on", "in", "at", "during", "after", "before", "late", "earlier", "last", "this",
		"yesterday", "today", "tonight", "via", "from", "while"}
	enWeekdays = []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
	enDayParts = []string{"morning", "afternoon", "evening", "night"}
	enNegation = []string{"not", "n't", "never", "no", "cannot", "declined", "refused"}
	// enCalledOff after a meeting or a visit named by a noun denies it.
	enCalledOff = []string{"will not", "would not", "did not", "was not", "is not", "has not", "won't",
		"didn't", "wasn't", "was cancelled", "was canceled", "was called off", "was postponed",
		"has been cancelled", "has been canceled", "has been called off", "has been postponed"}
	// enListWords after "X, Y" make it a list rather than an address.
	enListWords = []string{",", "and", "or"}
	enPlaceNoun = []string{"province", "city", "region", "state", "county", "district", "prefecture",
		"oblast", "governorate", "island", "territory", "municipality", "department"}
	enDirection = []string{"eastern", "western", "northern", "southern", "central", "northeastern",
		"northwestern", "southeastern", "southwestern", "east", "west", "north", "south"}
	enWithin = []string{"capital of", "capital city of", "a city in", "a city of", "a town in", "a village in",
		"a province of", "a region of", "a district of", "a port city in", "the largest city in",
		"the largest city of", "a suburb of", "a region in", "a province in", "a state in"}
	enCapitalOf = []string{"capital", "capital city", "largest city", "second city", "second-largest city"}
	enSeatedIn  = []string{"headquartered in", "based in", "is based in", "is headquartered in",
		"with headquarters in", "has its headquarters in", "which is based in", "which is headquartered in"}
	enMembers = []string{"members of", "member states of", "member countries of", "member nations of",
		"allies in"}
	enMemberOf = []string{"a member of", "a founding member of", "member of", "joined", "became a member of",
		"a full member of", "will join", "is joining", "has joined", "acceded to"}
	enAppointed = []string{"was elected", "was re-elected", "was appointed", "was named", "was sworn in as",
		"became", "becomes", "has become", "will become", "is to become", "has been appointed", "was appointed as", "was named as", "was confirmed as",
		"takes office as", "took office as"}
	enArticle = []string{"the", "a", "an"}
	// openQuotes are the marks that open a quotation.
	openQuotes = []string{"\"", "“", "‘", "'"}
	// enAfterRole are the words that may follow a role taken "as ...": a time, a place, the
	// phrase's end.
	enAfterRole = []string{",", ";", "in", "on", "since", "until", "from", "after", "before", "last", "this", "and", "when", "-", "—"}
	// enPlaceBefore are the prepositions that put something at a place named
	// with the place it lies in after it.
	// Not "of" or "to", after which a comma may end a clause ("ties to Russia, China warned")
	// or open an apposition ("the capital of Kenya, Nairobi").
	enPlaceBefore = []string{"in", "near", "from", "at", "between", "outside"}
	// enVenueBefore are those that put something at a venue named with its town after it (not
	// "from": "supporters who travelled from Ohio in Washington").
	enVenueBefore = []string{"in", "near", "at", "outside", "to"}
	// enCompass are the words of a place's side before "of": southwest of Punta Eugenia, Mexico.
	enCompass = []string{"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
		"north-east", "north-west", "south-east", "south-west", "outskirts", "suburbs"}
	// enTakesRole are the verbs of taking or holding a role before "as".
	enTakesRole = []string{"joined", "joins", "served", "serves", "serving", "resigned", "resigns", "stepped down",
		"named", "appointed", "elected", "hired", "confirmed", "installed", "remains", "remained", "returned",
		"returns", "stood", "stands", "took over", "takes over", "was named", "was appointed", "was elected",
		"was hired", "was confirmed", "replace", "replaces", "replaced", "succeed", "succeeds", "succeeded",
		"worked", "works", "started", "signed"}
	// enReplaces are the verbs of taking another's role: "Smith will replace Jones as
	// host of the show" gives Smith the role Jones had.
	enReplaces = []string{"replace", "replaces", "replaced", "will replace", "is to replace", "replacing",
		"succeed", "succeeds", "succeeded", "will succeed", "is to succeed", "succeeding"}
	// enMeetingWith are the nouns of a meeting with its party after them: "After talks
	// with Putin, Macron said".
	enMeetingWith = []string{"meeting with", "meetings with", "talks with", "conversation with",
		"conversations with", "call with", "phone call with", "a meeting with", "a conversation with",
		"a call with", "a phone call with", "his meeting with", "her meeting with", "his talks with",
		"her talks with", "his conversation with", "her conversation with"}
	// enPlayerNoun are the nouns of a team's player, who is a member of the team he plays
	// at or for: "Smith, a 24-year-old striker at Celtic".
	enPlayerNoun = []string{"player", "striker", "forward", "midfielder", "defender", "goalkeeper", "keeper",
		"winger", "guard", "centre", "center", "quarterback", "pitcher", "batsman", "bowler", "full-back"}
	// enSport are the games a player "played basketball for" a team.
	enSport = []string{"basketball", "football", "soccer", "rugby", "hockey", "baseball", "cricket",
		"volleyball", "handball"}
	// enSeveralPlaces are the plural nouns of the places within another before "such as"
	// and the places named: "neighbourhoods of Mexico City such as Xochimilco".
	enSeveralPlaces = []string{"neighborhoods", "neighbourhoods", "districts", "suburbs", "areas", "parts",
		"towns", "cities", "villages", "regions", "provinces", "states", "counties", "boroughs"}
	// enStreetNoun are the kinds of place an apposition names before the place it lies in:
	// "Evelyn Street, a busy road in Deptford", "Ashby, a small town in Leicestershire".
	enStreetNoun = []string{"street", "road", "avenue", "lane", "boulevard", "square", "thoroughfare",
		"town", "village", "city", "suburb", "neighborhood", "neighbourhood", "district", "area", "borough",
		"resort", "port", "island", "hamlet", "community"}
	// enNearby are the nouns of the surroundings of a place named with the place it lies
	// in: "in the vicinity of John Street in Birkenhead".
	enNearby = []string{"vicinity of", "area of", "outskirts of", "centre of", "center of", "heart of"}
	// enVisitAdjective may stand between a visitor's possessive and the visit.
	enVisitAdjective = []string{"planned", "first", "official", "surprise", "controversial", "historic", "state",
		"recent", "upcoming", "latest", "last", "two-day", "three-day", "one-day", "brief"}
	// enEventNoun are the events a person attends in a place.
	enEventNoun = []string{"summit", "conference", "rally", "meeting", "ceremony", "festival", "convention", "talks",
		"forum", "gala", "concert", "funeral", "wedding", "parade", "match", "game", "congress", "session"}
	// enPlaysFor join a player to the team he plays or scores for.
	enPlaysFor = []string{"plays for", "played for", "playing for", "first goal for",
		"start for", "first start for", "debut for", "signed for", "scored for", "appearance for"}
	// enAttends are the predicates of taking part in an event held at a place.
	enArrivesFor = []string{"arrives for", "arrived for", "arriving for"}
	enAttends    = []string{"attends", "attended", "attending",
		"will attend", "spoke at", "speaks at", "addressed", "addresses"}
)

// prefixedWith returns each of words after first: "on monday".
func prefixedWith(first string, words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = first + " " + w
	}
	return out
}
