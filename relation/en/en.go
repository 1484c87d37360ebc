package en

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/relation"
)

// English relation patterns. English marks roles by word order and
// prepositions; the only case is the possessive 's (Gen).

func init() { relation.Register("en", enPatterns()) }

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

func enPatterns() *relation.Patterns {
	return &relation.Patterns{
		Patterns: []relation.Pattern{
			// ROLE. "China's Premier Li Qiang", "UN Secretary-General Antonio Guterres".
			{Rel: annotation.Role, Elems: []relation.Elem{relation.Ent(relation.ArgObj, "LOC|ORG", "Nom|Gen"), relation.Opt(relation.Paren()), relation.Title(relation.TitleNoMember), relation.Ent(relation.ArgSubj, "PER", "")}},
			// "Prime Minister Li Qiang of China".
			{Rel: annotation.Role, Elems: []relation.Elem{relation.Title(relation.TitleNoMember), relation.Ent(relation.ArgSubj, "PER", ""), relation.Words("of"), relation.Opt(relation.Words("the")),
				relation.Ent(relation.ArgObj, "LOC|ORG", "")}},
			// "Guterres, the UN Secretary-General,".
			{Rel: annotation.Role, Elems: []relation.Elem{relation.Ent(relation.ArgSubj, "PER", ""), relation.Words(","), relation.Opt(relation.Words("the")), relation.Ent(relation.ArgObj, "LOC|ORG", "Nom|Gen"),
				relation.Title(relation.TitleNoMember), relation.NotEnt("PER")}},
			// "Li Qiang, the premier of China".
			{Rel: annotation.Role, Elems: []relation.Elem{relation.Ent(relation.ArgSubj, "PER", ""), relation.Words(","), relation.Opt(relation.Words("the")), relation.Title(relation.TitleNoMember),
				relation.Words("of"), relation.Opt(relation.Words("the")), relation.Ent(relation.ArgObj, "LOC|ORG", "")}},

			// MEMBER_OF. "NATO member Turkey", "EU members France and Germany".
			{Rel: annotation.MemberOf, Elems: []relation.Elem{relation.Ent(relation.ArgObj, "ORG", "Nom|Gen"), relation.Words("member states", "member state",
				"member countries", "member country", "members", "member", "ally", "allies"),
				relation.EntList(relation.ArgSubj, "LOC|ORG|PER", "Nom")}},
			// "Sweden, a member of NATO", "Finland joined NATO", "Turkey is a member of NATO".
			{Rel: annotation.MemberOf, Elems: []relation.Elem{relation.Ent(relation.ArgSubj, "LOC|ORG|PER", ""), relation.Opt(relation.Words(",")), relation.Gap(3, "LOC|ORG|PER"),
				relation.Words("a member of", "a founding member of", "member of", "joined", "became a member of"),
				relation.Opt(relation.Words("the")), relation.Ent(relation.ArgObj, "ORG", "")}},
			// "Labour MP Jane Doe".
			{Rel: annotation.MemberOf, Elems: []relation.Elem{relation.Ent(relation.ArgObj, "ORG", "Nom|Gen"), relation.Title(relation.TitleMember), relation.Ent(relation.ArgSubj, "PER", "")}},

			// LOCATED_IN. "Hangzhou, the capital of Zhejiang province".
			{Rel: annotation.LocatedIn, Elems: []relation.Elem{relation.Ent(relation.ArgSubj, "LOC", ""), relation.Words(","), relation.Opt(relation.Words("the")),
				relation.Words("capital of", "capital city of", "a city in", "a town in", "a province of",
					"a region of", "a district of"), relation.Opt(relation.Words("the")), relation.Opt(relation.Words(enDirection...)), relation.Ent(relation.ArgObj, "LOC", "")}},
			// "China's Zhejiang province".
			{Rel: annotation.LocatedIn, Elems: []relation.Elem{relation.Ent(relation.ArgObj, "LOC", "Gen"), relation.Ent(relation.ArgSubj, "LOC", ""), relation.Words(enPlaceNoun...)}},
			// "Zhejiang province in eastern China", "Kursk in western Russia".
			{Rel: annotation.LocatedIn, Elems: []relation.Elem{relation.Ent(relation.ArgSubj, "LOC", ""), relation.Opt(relation.Words(enPlaceNoun...)), relation.Words("in", "of"),
				relation.Words(enDirection...), relation.Ent(relation.ArgObj, "LOC", "")}},
			// "in Paris, France," (not a list: "Paris, France and Spain").
			{Rel: annotation.LocatedIn, Elems: []relation.Elem{relation.Words("in"), relation.Ent(relation.ArgSubj, "LOC", ""), relation.Words(","), relation.Ent(relation.ArgObj, "LOC", ""),
				relation.NotWords(",", "and", "or")}},

			// MEETS. "Li met Russian Prime Minister Mikhail Mishustin".
			{Rel: annotation.Meets, Elems: []relation.Elem{relation.Ent(relation.ArgSubj, "PER", ""), relation.Gap(3, "PER"), relation.Words(enMeet...), relation.Gap(4, "PER"),
				relation.Ent(relation.ArgObj, "PER", "")}},
			// "Li and Mishustin held talks".
			{Rel: annotation.Meets, Elems: []relation.Elem{relation.Ent(relation.ArgSubj, "PER", ""), relation.Words("and"), relation.Gap(4, "PER"), relation.Ent(relation.ArgObj, "PER", ""),
				relation.Gap(4, "PER"), relation.Words("met", "held talks", "co-chaired", "talked", "spoke")}},

			// VISITS. "Modi visited Tianjin", "Putin arrived in New Delhi".
			{Rel: annotation.Visits, Elems: []relation.Elem{relation.Ent(relation.ArgSubj, "PER", ""), relation.Gap(6, "PER"), relation.Words("visited", "visits", "will visit",
				"is visiting", "arrived in", "arrives in", "travelled to", "traveled to", "flew to", "toured",
				"landed in"), relation.Opt(relation.Words("the")), relation.Ent(relation.ArgObj, "LOC", "")}},

			// SAYS. "“...,” said Li" / "“...,” Li said" / "Li said: “...”".
			{Rel: annotation.Says, Elems: []relation.Elem{relation.Quote(), relation.Opt(relation.Words(",")), relation.Words(enSay...), relation.Gap(4, "PER"), relation.Ent(relation.ArgSubj, "PER|ORG", "")}},
			{Rel: annotation.Says, Elems: []relation.Elem{relation.Quote(), relation.Opt(relation.Words(",")), relation.Ent(relation.ArgSubj, "PER|ORG", ""), relation.Words(enSay...)}},
			{Rel: annotation.Says, Elems: []relation.Elem{relation.Ent(relation.ArgSubj, "PER|ORG", ""), relation.Gap(6, "PER"), relation.Words(enSay...), relation.Opt(relation.Words(",", ":")), relation.Quote()}},
			// "Guterres said that the talks were useful".
			{Rel: annotation.Says, Elems: []relation.Elem{relation.Ent(relation.ArgSubj, "PER|ORG", ""), relation.Gap(6, "PER"), relation.Words(enSay...), relation.Opt(relation.Words("that")), relation.Rest()}},

			// ROLE without an object in the text: "Foreign Minister Wang Yi".
			{Rel: annotation.Role, Elems: []relation.Elem{relation.Title(relation.TitleAny), relation.Ent(relation.ArgSubj, "PER", "")}},
		},
		TitleHeads: map[string]relation.TitleHead{
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
			"senator": {Lemma: "Senator", Member: true}, "mp": {Lemma: "MP", Member: true},
			"lawmaker": {Lemma: "Lawmaker", Member: true}, "member": {Lemma: "Member", Member: true},
		},
		TitleModifiers: map[string]bool{"prime": true, "foreign": true, "defence": true, "defense": true,
			"finance": true, "interior": true, "trade": true, "energy": true, "justice": true, "health": true,
			"deputy": true, "vice": true, "first": true, "general": true, "state": true, "special": true,
			"chief": true, "executive": true, "acting": true, "crown": true, "supreme": true, "high": true,
			"economy": true, "economic": true, "agriculture": true, "education": true, "culture": true},
		TitleAdjectives: map[string]bool{"deputy": true, "vice": true, "acting": true, "chief": true},
		TitleJoiners:    map[string]bool{"and": true},
		SuffixCases:     map[string]string{"'s": "Gen", "'": "Gen"},
		ListSeparators:  map[string]bool{",": true, "and": true},
	}
}
