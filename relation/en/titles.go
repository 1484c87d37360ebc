package en

import "github.com/varlik/varlik/relation"

// Title words. A head is the noun of a title; modifiers are the only
// words that may precede it inside the title, which keeps nationality
// adjectives (Russian Prime Minister) out of the role.
var (
	enTitleHeads = map[string]relation.TitleHead{
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
	}
	enTitleModifiers = setOf("prime", "foreign", "defence", "defense", "finance", "interior", "trade",
		"energy", "justice", "health", "deputy", "vice", "first", "general", "state", "special", "chief",
		"executive", "acting", "crown", "supreme", "high", "economy", "economic", "agriculture",
		"education", "culture", "commerce", "industry", "labour", "labor", "transport", "environment",
		"climate", "housing", "home", "treasury", "security", "national", "policy", "affairs", "army",
		"military", "intelligence", "development", "communications", "information", "science",
		"technology", "sports", "tourism", "press", "cabinet", "senior", "assistant", "associate",
		"principal", "managing", "permanent", "opposition", "party", "majority", "minority", "head",
		"digital", "veterans", "homeland", "legal", "public", "foreign-policy", "government", "top")
	enTitleTails = []string{"of state", "of defense", "of defence", "of staff", "general",
		"of foreign affairs", "for foreign affairs", "of the treasury", "of the interior"}
)

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
