package en

import (
	"slices"

	"github.com/varlik/varlik/relation"
)

// Title words. A head is the noun of a title; modifiers are the only
// words that may precede it inside the title, which keeps nationality
// adjectives (Russian Prime Minister) out of the role.
//
// The tables are made for the patterns (enPatterns), not at every
// program's start.

// titleHeads returns the title heads, by their folded form.
func titleHeads() map[string]relation.TitleHead {
	return map[string]relation.TitleHead{
		"president": {Lemma: "President"}, "premier": {Lemma: "Premier"}, "minister": {Lemma: "Minister"},
		"secretary-general": {Lemma: "Secretary-General"}, "secretary": {Lemma: "Secretary"},
		"chancellor": {Lemma: "Chancellor"}, "king": {Lemma: "King"}, "queen": {Lemma: "Queen"},
		"emir": {Lemma: "Emir"}, "prince": {Lemma: "Prince"}, "spokesperson": {Lemma: "Spokesperson"},
		"spokesman": {Lemma: "Spokesman"}, "spokeswoman": {Lemma: "Spokeswoman"},
		"ambassador": {Lemma: "Ambassador"}, "envoy": {Lemma: "Envoy"}, "governor": {Lemma: "Governor"},
		"mayor": {Lemma: "Mayor"}, "ceo": {Lemma: "CEO"}, "chairman": {Lemma: "Chairman"},
		"chairwoman": {Lemma: "Chairwoman"}, "chair": {Lemma: "Chair"}, "leader": {Lemma: "Leader"},
		"director-general": {Lemma: "Director-General"}, "director": {Lemma: "Director"},
		"commissioner": {Lemma: "Commissioner"}, "speaker": {Lemma: "Speaker"},
		"pope": {Lemma: "Pope"}, "coach": {Lemma: "Coach"}, "manager": {Lemma: "Manager"},
		"official": {Lemma: "Official"}, "executive": {Lemma: "Executive"}, "chief": {Lemma: "Chief"},
		"adviser": {Lemma: "Adviser"}, "advisor": {Lemma: "Advisor"}, "aide": {Lemma: "Aide"},
		"negotiator": {Lemma: "Negotiator"}, "head": {Lemma: "Head"}, "commander": {Lemma: "Commander"},
		"prosecutor": {Lemma: "Prosecutor"}, "judge": {Lemma: "Judge"}, "founder": {Lemma: "Founder"},
		"captain": {Lemma: "Captain"}, "representative": {Lemma: "Representative"},
		"attorney": {Lemma: "Attorney"}, "president-elect": {Lemma: "President-elect"},
		"vice-president": {Lemma: "Vice-President"}, "sultan": {Lemma: "Sultan"},
		"sheikh": {Lemma: "Sheikh"}, "patriarch": {Lemma: "Patriarch"}, "chairperson": {Lemma: "Chairperson"},
		"boss": {Lemma: "Boss"}, "diplomat": {Lemma: "Diplomat"},
		"senator": {Lemma: "Senator", Member: true}, "mp": {Lemma: "MP", Member: true},
		"lawmaker": {Lemma: "Lawmaker", Member: true}, "member": {Lemma: "Member", Member: true},
		"congressman": {Lemma: "Congressman", Member: true}, "congresswoman": {Lemma: "Congresswoman", Member: true},
		"legislator": {Lemma: "Legislator", Member: true}, "mep": {Lemma: "MEP", Member: true},
		"councillor": {Lemma: "Councillor", Member: true}, "councilor": {Lemma: "Councilor", Member: true},
		// Professions and ranks news writes before a name or in apposition (the guideline's ROLE
		// is an office, a rank or a profession): "goalkeeper Allan McGregor", "TV presenter Holly
		// Willoughby", and the ranks written abbreviated (Sen., Rev., Capt.).
		"nominee": {Lemma: "Nominee"}, "candidate": {Lemma: "Candidate"}, "host": {Lemma: "Host"},
		"presenter": {Lemma: "Presenter"}, "officer": {Lemma: "Officer"}, "inspector": {Lemma: "Inspector"},
		"detective": {Lemma: "Detective"}, "expert": {Lemma: "Expert"}, "musician": {Lemma: "Musician"},
		"electrician": {Lemma: "Electrician"}, "mechanic": {Lemma: "Mechanic"}, "goalkeeper": {Lemma: "Goalkeeper"},
		"keeper": {Lemma: "Keeper"}, "substitute": {Lemma: "Substitute"}, "player": {Lemma: "Player"},
		"striker": {Lemma: "Striker"}, "midfielder": {Lemma: "Midfielder"}, "defender": {Lemma: "Defender"},
		"winger": {Lemma: "Winger"}, "skipper": {Lemma: "Skipper"}, "referee": {Lemma: "Referee"},
		"reporter": {Lemma: "Reporter"}, "journalist": {Lemma: "Journalist"}, "correspondent": {Lemma: "Correspondent"},
		"editor": {Lemma: "Editor"}, "lawyer": {Lemma: "Lawyer"}, "doctor": {Lemma: "Doctor"},
		"professor": {Lemma: "Professor"}, "scientist": {Lemma: "Scientist"}, "researcher": {Lemma: "Researcher"},
		"economist": {Lemma: "Economist"}, "analyst": {Lemma: "Analyst"}, "actor": {Lemma: "Actor"},
		"actress": {Lemma: "Actress"}, "singer": {Lemma: "Singer"}, "rapper": {Lemma: "Rapper"},
		"author": {Lemma: "Author"}, "writer": {Lemma: "Writer"}, "producer": {Lemma: "Producer"},
		"designer": {Lemma: "Designer"}, "stylist": {Lemma: "Stylist"}, "architect": {Lemma: "Architect"},
		"engineer": {Lemma: "Engineer"}, "pilot": {Lemma: "Pilot"}, "astronaut": {Lemma: "Astronaut"},
		"firefighter": {Lemma: "Firefighter"}, "teacher": {Lemma: "Teacher"}, "pastor": {Lemma: "Pastor"},
		"priest": {Lemma: "Priest"}, "bishop": {Lemma: "Bishop"}, "archbishop": {Lemma: "Archbishop"},
		"imam": {Lemma: "Imam"}, "rabbi": {Lemma: "Rabbi"}, "cardinal": {Lemma: "Cardinal"},
		"admiral": {Lemma: "Admiral"}, "colonel": {Lemma: "Colonel"}, "sergeant": {Lemma: "Sergeant"},
		"lieutenant": {Lemma: "Lieutenant"}, "investor": {Lemma: "Investor"}, "entrepreneur": {Lemma: "Entrepreneur"},
		"co-founder": {Lemma: "Co-founder"}, "owner": {Lemma: "Owner"}, "trainer": {Lemma: "Trainer"},
		"rev.": {Lemma: "Rev."}, "sen.": {Lemma: "Sen.", Member: true}, "rep.": {Lemma: "Rep.", Member: true},
		// British news writes ranks and offices short, without a dot: "PM Theresa May",
		// "Det Insp Bob Smith", "Ch Supt Ann Lee".
		"pm": {Lemma: "PM"}, "insp": {Lemma: "Insp"}, "sgt": {Lemma: "Sgt"}, "supt": {Lemma: "Supt"},
		"gov.": {Lemma: "Gov."}, "gen.": {Lemma: "Gen."}, "capt.": {Lemma: "Capt."}, "col.": {Lemma: "Col."},
	}
}

// titleModifiers returns the set of the words that may precede a head.
func titleModifiers() map[string]bool {
	return setOf("prime", "foreign", "defence", "defense", "finance", "interior", "trade",
		"energy", "justice", "health", "deputy", "vice", "first", "general", "state", "special", "chief",
		"executive", "acting", "crown", "supreme", "high", "economy", "economic", "agriculture",
		"education", "culture", "commerce", "industry", "labour", "labor", "transport", "environment",
		"climate", "housing", "home", "treasury", "security", "national", "policy", "affairs", "army",
		"military", "intelligence", "development", "communications", "information", "science",
		"technology", "sports", "tourism", "press", "cabinet", "senior", "assistant", "associate",
		"principal", "managing", "permanent", "opposition", "party", "majority", "minority", "head",
		"digital", "veterans", "homeland", "legal", "public", "foreign-policy", "government", "top",
		// A profession's field: "athletic director", "basketball coach", "TV presenter".
		"athletic", "basketball", "football", "soccer", "rugby", "baseball", "commercial", "brand", "tv",
		"television", "radio", "detective", "lifeguard", "presiding", "ranking", "team", "club", "marketing",
		"financial", "operating", "technical", "medical", "creative", "news", "police", "fire", "interim",
		"research", "program", "programme", "det", "ch")
}

var enTitleTails = []string{"of state", "of defense", "of defence", "of staff", "general",
	"of foreign affairs", "for foreign affairs", "of the treasury", "of the interior"}

func keysOf(m map[string]relation.TitleHead) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys) // the table's order, whatever the map's
	return keys
}

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
