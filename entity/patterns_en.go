package entity

// English relation patterns. English marks roles by word order and
// prepositions; the only case is the possessive 's (Gen).

func init() { registerPatterns("en", enPatterns()) }

var (
	enMeet = []string{"met", "met with", "meets", "meets with", "meeting with", "held talks with",
		"holds talks with", "talked with", "talked to", "spoke with", "spoke to", "hosted", "received",
		"sat down with", "will meet", "is meeting"}
	enSay = []string{"said", "says", "told reporters", "added", "stressed", "noted", "announced",
		"warned", "argued", "confirmed", "wrote", "declared", "insisted", "emphasized", "emphasised"}
	enPlaceNoun = []string{"province", "city", "region", "state", "county", "district", "prefecture",
		"oblast", "governorate", "island"}
	enDirection = []string{"eastern", "western", "northern", "southern", "central", "northeastern",
		"northwestern", "southeastern", "southwestern", "east", "west", "north", "south"}
)

func enPatterns() *relationPatterns {
	return &relationPatterns{
		patterns: []pattern{
			// ROLE. "China's Premier Li Qiang", "UN Secretary-General Antonio Guterres".
			{Role, []elem{ent(argObj, "LOC|ORG", "Nom|Gen"), opt(paren()), title(titleNoMember), ent(argSubj, "PER", "")}},
			// "Prime Minister Li Qiang of China".
			{Role, []elem{title(titleNoMember), ent(argSubj, "PER", ""), words("of"), opt(words("the")),
				ent(argObj, "LOC|ORG", "")}},
			// "Guterres, the UN Secretary-General,".
			{Role, []elem{ent(argSubj, "PER", ""), words(","), opt(words("the")), ent(argObj, "LOC|ORG", "Nom|Gen"),
				title(titleNoMember), notEnt("PER")}},
			// "Li Qiang, the premier of China".
			{Role, []elem{ent(argSubj, "PER", ""), words(","), opt(words("the")), title(titleNoMember),
				words("of"), opt(words("the")), ent(argObj, "LOC|ORG", "")}},

			// MEMBER_OF. "NATO member Turkey", "EU members France and Germany".
			{MemberOf, []elem{ent(argObj, "ORG", "Nom|Gen"), words("member states", "member state",
				"member countries", "member country", "members", "member", "ally", "allies"),
				entList(argSubj, "LOC|ORG|PER", "Nom")}},
			// "Sweden, a member of NATO", "Finland joined NATO", "Turkey is a member of NATO".
			{MemberOf, []elem{ent(argSubj, "LOC|ORG|PER", ""), opt(words(",")), gap(3, "LOC|ORG|PER"),
				words("a member of", "a founding member of", "member of", "joined", "became a member of"),
				opt(words("the")), ent(argObj, "ORG", "")}},
			// "Labour MP Jane Doe".
			{MemberOf, []elem{ent(argObj, "ORG", "Nom|Gen"), title(titleMember), ent(argSubj, "PER", "")}},

			// LOCATED_IN. "Hangzhou, the capital of Zhejiang province".
			{LocatedIn, []elem{ent(argSubj, "LOC", ""), words(","), opt(words("the")),
				words("capital of", "capital city of", "a city in", "a town in", "a province of",
					"a region of", "a district of"), opt(words("the")), opt(words(enDirection...)), ent(argObj, "LOC", "")}},
			// "China's Zhejiang province".
			{LocatedIn, []elem{ent(argObj, "LOC", "Gen"), ent(argSubj, "LOC", ""), words(enPlaceNoun...)}},
			// "Zhejiang province in eastern China", "Kursk in western Russia".
			{LocatedIn, []elem{ent(argSubj, "LOC", ""), opt(words(enPlaceNoun...)), words("in", "of"),
				words(enDirection...), ent(argObj, "LOC", "")}},
			// "in Paris, France," (not a list: "Paris, France and Spain").
			{LocatedIn, []elem{words("in"), ent(argSubj, "LOC", ""), words(","), ent(argObj, "LOC", ""),
				notWords(",", "and", "or")}},

			// MEETS. "Li met Russian Prime Minister Mikhail Mishustin".
			{Meets, []elem{ent(argSubj, "PER", ""), gap(3, "PER"), words(enMeet...), gap(4, "PER"),
				ent(argObj, "PER", "")}},
			// "Li and Mishustin held talks".
			{Meets, []elem{ent(argSubj, "PER", ""), words("and"), gap(4, "PER"), ent(argObj, "PER", ""),
				gap(4, "PER"), words("met", "held talks", "co-chaired", "talked", "spoke")}},

			// VISITS. "Modi visited Tianjin", "Putin arrived in New Delhi".
			{Visits, []elem{ent(argSubj, "PER", ""), gap(6, "PER"), words("visited", "visits", "will visit",
				"is visiting", "arrived in", "arrives in", "travelled to", "traveled to", "flew to", "toured",
				"landed in"), opt(words("the")), ent(argObj, "LOC", "")}},

			// SAYS. "“...,” said Li" / "“...,” Li said" / "Li said: “...”".
			{Says, []elem{quote(), opt(words(",")), words(enSay...), gap(4, "PER"), ent(argSubj, "PER|ORG", "")}},
			{Says, []elem{quote(), opt(words(",")), ent(argSubj, "PER|ORG", ""), words(enSay...)}},
			{Says, []elem{ent(argSubj, "PER|ORG", ""), gap(6, "PER"), words(enSay...), opt(words(",", ":")), quote()}},
			// "Guterres said that the talks were useful".
			{Says, []elem{ent(argSubj, "PER|ORG", ""), gap(6, "PER"), words(enSay...), opt(words("that")), rest()}},

			// ROLE without an object in the text: "Foreign Minister Wang Yi".
			{Role, []elem{title(titleAny), ent(argSubj, "PER", "")}},
		},
		titleHeads: map[string]titleHead{
			"president": {lemma: "President"}, "premier": {lemma: "Premier"}, "minister": {lemma: "Minister"},
			"secretary-general": {lemma: "Secretary-General"}, "secretary": {lemma: "Secretary"},
			"chancellor": {lemma: "Chancellor"}, "king": {lemma: "King"}, "queen": {lemma: "Queen"},
			"emir": {lemma: "Emir"}, "prince": {lemma: "Prince"}, "spokesperson": {lemma: "Spokesperson"},
			"spokesman": {lemma: "Spokesman"}, "spokeswoman": {lemma: "Spokeswoman"},
			"ambassador": {lemma: "Ambassador"}, "envoy": {lemma: "Envoy"}, "governor": {lemma: "Governor"},
			"mayor": {lemma: "Mayor"}, "ceo": {lemma: "CEO"}, "chairman": {lemma: "Chairman"},
			"chairwoman": {lemma: "Chairwoman"}, "chair": {lemma: "Chair"}, "leader": {lemma: "Leader"},
			"director-general": {lemma: "Director-General"}, "director": {lemma: "Director"},
			"commissioner": {lemma: "Commissioner"}, "speaker": {lemma: "Speaker"},
			"senator": {lemma: "Senator", member: true}, "mp": {lemma: "MP", member: true},
			"lawmaker": {lemma: "Lawmaker", member: true}, "member": {lemma: "Member", member: true},
		},
		titleModifiers: map[string]bool{"prime": true, "foreign": true, "defence": true, "defense": true,
			"finance": true, "interior": true, "trade": true, "energy": true, "justice": true, "health": true,
			"deputy": true, "vice": true, "first": true, "general": true, "state": true, "special": true,
			"chief": true, "executive": true, "acting": true, "crown": true, "supreme": true, "high": true,
			"economy": true, "economic": true, "agriculture": true, "education": true, "culture": true},
		titleAdjectives: map[string]bool{"deputy": true, "vice": true, "acting": true, "chief": true},
		titleJoiners:    map[string]bool{"and": true},
		suffixCases:     map[string]string{"'s": "Gen", "'": "Gen"},
		listSeparators:  map[string]bool{",": true, "and": true},
	}
}
