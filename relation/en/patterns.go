package en

import (
	"slices"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/relation"
)

// Shorthands for the element constructors, so that a Pattern reads as a
// line.
var (
	ent, entList, words, notWords = relation.Ent, relation.EntList, relation.Words, relation.NotWords
	gap, gapWithout, opt, title   = relation.Gap, relation.GapWithout, relation.Opt, relation.Title
	subj, obj, none               = relation.ArgSubj, relation.ArgObj, relation.ArgNone
)

func pattern(t annotation.RelationType, elems ...relation.Elem) relation.Pattern {
	return relation.Pattern{Rel: t, Elems: elems}
}

// known is a Pattern that holds only where the gazetteer's knowledge of
// the places confirms it (relation.Pattern.Known).
func known(k relation.Knowledge, elems ...relation.Elem) relation.Pattern {
	return relation.Pattern{Rel: annotation.LocatedIn, Elems: elems, Known: k}
}

func enPatterns() *relation.Patterns {
	// The lists made from others are made here, on the language's first
	// use, not at every program's start (they were most of the package's
	// init, with the title tables).
	// enSay are the finite forms of the verbs of saying whose words said may
	// follow without "that" (speech.go), and phrases of saying. Of their
	// present forms only "says": the present is the tense of headlines,
	// where most of them take a thing ("Apple announces a new iPhone",
	// "Putin declares victory"); before "that" or a quotation (enSayThat)
	// they all count. ("said in a statement" is said and a time, enSaidTime.)
	enSay := append(sayForms(clauseVerbs, false), "says", "told reporters", "told journalists")
	// enSayThat are all the verbs of saying, which a that-clause or a
	// quotation may follow, perhaps after an addressee or a time.
	enSayThat := sayForms(allVerbs, true)
	// enSaying are the participles of saying: "..., saying that ...".
	enSaying := sayGerunds(clauseVerbs)
	// enSaidTime are the times and occasions written between a verb of saying and the
	// words said: "said on Monday the talks were useful".
	enSaidTime := append(prefixedWith("on", enWeekdays), append(enWeekdays, "yesterday", "today", "tonight", "last week",
		"this week", "last month", "earlier this week", "in a statement", "in an interview", "in a tweet", "in a speech",
		"at a news conference", "at a press conference", "at a briefing", "at a news briefing")...)
	heads := titleHeads()
	// enAfterSpeaker are the words that, right after a name, make it a modifier of the
	// one who speaks: "a Plaid AM said", "a Google spokesman said" (an unnamed speaker):
	// the title heads and the members' titles written as capitals (AM is a verb too, so
	// no title head).
	enAfterSpeaker := append(keysOf(heads), "am", "ams", "mps", "msp", "msps", "meps", "mla", "mlas", "td", "tds")
	role, member, located := annotation.Role, annotation.MemberOf, annotation.LocatedIn
	meets, visits, says := annotation.Meets, annotation.Visits, annotation.Says
	// noNegation is a gap between a subject and its verb: no negation
	// ("did not travel"), and no comma, since an insertion is an Aside.
	noNegation := func(n int, stop string) relation.Elem { return gapWithout(n, stop, append(enNegation, ",")...) }
	// An insertion between a subject and its verb may be long: "Joan Puig, a 42-year-old
	// mechanic recording the protest in support of the police on his phone, said".
	aside := relation.Aside(16)
	// The word elements of many Patterns are made once: Words splits its
	// phrases anew at each call (the title heads after a name are 146).
	sayThat, notModifier, notSaidWhen := words(enSayThat...), notWords(enAfterSpeaker...), notWords(enSaidWhen...)
	noComma := func(n int, stop string) relation.Elem { return gapWithout(n, stop, ",") }
	// notAfterAnd keeps a gap between a subject and its verb from ending in "and": the verb is
	// then a second predicate, whose subject is the first one's (coordinated, below).
	notAfterAnd := relation.NotAfter("and")
	// notAfterPreposition keeps a name after a preposition from being a subject: in
	// "Sources close to Putin said", "Lawyers for President Trump met ... and said" the
	// speakers are unnamed and the name is the preposition's object.
	notAfterPreposition := relation.NotAfter(enPrepositions...)
	// saidBy are the describing words before a speaker named after the words said.
	saidBy := gapWithout(3, "PER", ",", "of") // not "a neighbour of Smith said"
	return &relation.Patterns{
		Patterns: slices.Concat([]relation.Pattern{
			// ROLE. "China's Premier Li Qiang", "UN Secretary-General Antonio Guterres",
			// "Apple chief executive Tim Cook".
			pattern(role, ent(obj, "LOC|ORG", "Nom|Gen"), opt(relation.Paren()), title(relation.TitleNoMember), ent(subj, "PER", "")),
			// "Prime Minister Li Qiang of China".
			pattern(role, title(relation.TitleNoMember), ent(subj, "PER", ""), words("of"), opt(words("the")), ent(obj, "LOC|ORG", "")),
			// "Guterres, the UN Secretary-General,", "Lavrov, Russia's foreign minister,".
			pattern(role, ent(subj, "PER", ""), words(","), opt(words(enArticle...)), ent(obj, "LOC|ORG", "Nom|Gen"),
				title(relation.TitleNoMember), relation.NotEnt("PER")),
			// "Li Qiang, the premier of China", "Brenner, a spokesman for Deutsche Bahn", "Wayde
			// Sims, a 20-year-old basketball player at LSU".
			pattern(role, ent(subj, "PER", ""), words(","), opt(words(enArticle...)), opt(gapWithout(2, "LOC|ORG|PER", ",")),
				title(relation.TitleNoMember), words("of", "for", "at"), opt(words("the")), ent(obj, "LOC|ORG", "")),
			// "Russia's foreign minister, Sergei Lavrov,".
			pattern(role, ent(obj, "LOC|ORG", "Gen"), title(relation.TitleNoMember), words(","), ent(subj, "PER", "")),
			// "The expert, Tiffany Ng of the University of Michigan,", and without the object
			// where the title opens the sentence, "The expert, Tiffany Ng,": elsewhere a title
			// before a comma may end a clause ("After meeting the host, Smith left").
			pattern(role, title(relation.TitleNoMember), words(","), ent(subj, "PER", ""), words("of", "at"), opt(words("the")),
				ent(obj, "LOC|ORG", "")),
			pattern(role, relation.SentenceStart(), opt(words(enArticle...)), title(relation.TitleNoMember), words(","), ent(subj, "PER", ""),
				notWords("of", "at")),
			// "a headache for the Presiding Officer, Elin Jones, who ...", "played by a young
			// musician, Ann Lee, in 1990": an apposition after the title, closed by a comma.
			// (Not without the article, nor without the closing comma: "After meeting the
			// host, Smith left".)
			pattern(role, words(enArticle...), opt(gapWithout(2, "LOC|ORG|PER", ",")), title(relation.TitleNoMember), words(","),
				ent(subj, "PER", ""), words(",")),
			// "Joan Puig, a 42-year-old mechanic", "Narcis Termes, 68, an electrician", "Sutopo, the
			// national disaster agency spokesman": an apposition whose describing words (an age, a
			// field) come before the title, with no object after it ("of", "for", "at": above).
			pattern(role, ent(subj, "PER", ""), words(","), opt(gapWithout(1, "LOC|ORG|PER", ",")), opt(words(",")),
				words(enArticle...), opt(gapWithout(3, "LOC|ORG|PER", ",")), title(relation.TitleNoMember),
				notWords("of", "for", "at", "'s", "’s")), // not a title that owns the head: the candidate's father
			// "Arizona Sen. Jeff Flake", "Sen. Jeff Flake of Arizona": a member title's place.
			pattern(role, ent(obj, "LOC", "Nom|Gen"), title(relation.TitleMember), ent(subj, "PER", "")),
			pattern(role, title(relation.TitleMember), ent(subj, "PER", ""), words("of"), ent(obj, "LOC", "")),
			// "Jones joined as chairman", "replace Ant McPartlin as host of ITV's ...": the person
			// right before "as" or a verb of taking a role between; elsewhere "as" is a
			// conjunction ("Smith spoke as the minister watched", "smiled as the referee ...").
			// Without an object, only where the title ends its phrase.
			pattern(role, ent(subj, "PER", ""), opt(aside), opt(words(enTakesRole...)), words("as"), opt(words(enArticle...)),
				title(relation.TitleNoMember), words("of", "for", "at"), opt(words("the")), ent(obj, "LOC|ORG", "")),
			pattern(role, ent(subj, "PER", ""), opt(aside), opt(words(enTakesRole...)), words("as"), opt(words(enArticle...)),
				title(relation.TitleNoMember), words(enAfterRole...)),
			pattern(role, ent(subj, "PER", ""), opt(aside), opt(words(enTakesRole...)), words("as"), opt(words(enArticle...)),
				title(relation.TitleNoMember), relation.SentenceEnd()),
			// "Lee will replace Ann Smith as editor of the Herald": the role the other held.
			pattern(role, ent(subj, "PER", ""), aside, noNegation(4, "PER"), notAfterAnd, words(enReplaces...), ent(none, "PER", ""), words("as"),
				opt(words(enArticle...)), title(relation.TitleNoMember), words("of", "for", "at"), opt(words("the")), ent(obj, "LOC|ORG", "")),
			// "Merz was elected chancellor of Germany" (and, below the table's
			// other ROLE patterns, without "of").
			pattern(role, ent(subj, "PER", ""), words(enAppointed...), opt(words("as")), opt(words(enArticle...)),
				title(relation.TitleNoMember), words("of", "for"), opt(words("the")), ent(obj, "LOC|ORG", "")),
			// A member title is a role too: "Labour MP Jane Doe" (MP, and
			// MEMBER_OF Labour below).
			pattern(role, title(relation.TitleMember), ent(subj, "PER", "")),

			// MEMBER_OF. "NATO member Turkey", "EU members France and Germany".
			pattern(member, ent(obj, "ORG", "Nom|Gen"), words("member states", "member state", "member countries",
				"member country", "members", "member", "ally", "allies"), entList(subj, "LOC|ORG|PER", "Nom")),
			// "Finland and Estonia, both members of the European Union".
			pattern(member, entList(subj, "LOC|ORG|PER", ""), opt(words(",")), opt(words("both", "all", "each", "fellow")),
				words(enMembers...), opt(words("the")), ent(obj, "ORG", "")),
			// "Sweden, a member of NATO", "Finland joined NATO"; not "Georgia is not a member of NATO".
			pattern(member, entList(subj, "LOC|ORG|PER", ""), opt(words(",")), noNegation(3, "LOC|ORG|PER"),
				words(enMemberOf...), opt(words("the")), ent(obj, "ORG", "")),
			// "Smith, a 24-year-old striker at Celtic": a player is a member of his team.
			pattern(member, ent(subj, "PER", ""), words(","), words(enArticle...), opt(gapWithout(3, "LOC|ORG|PER", ",")),
				words(enPlayerNoun...), words("at", "for", "with"), opt(words("the")), ent(obj, "ORG", "")),
			// "his brother, Tom, also played rugby for Leeds"; not "Smith, whose son plays
			// football for Arsenal".
			pattern(member, ent(subj, "PER", ""), opt(words(",")), opt(words("also")),
				words("played", "plays", "playing", "play"), words(enSport...), words("for"), opt(words("the")), ent(obj, "ORG", "")),
			// "Labour MP Jane Doe", "Jane Doe, a Labour MP".
			pattern(member, ent(obj, "ORG", "Nom|Gen"), title(relation.TitleMember), ent(subj, "PER", "")),
			pattern(member, ent(subj, "PER", ""), words(","), opt(words(enArticle...)), ent(obj, "ORG", "Nom|Gen"),
				title(relation.TitleMember)),
			// "Hungary, an EU member,".
			pattern(member, entList(subj, "LOC|ORG", ""), words(","), opt(words(enArticle...)), opt(words("fellow", "founding")),
				ent(obj, "ORG", "Nom|Gen"), words("member", "members", "member state", "member states", "ally")),

			// LOCATED_IN. "Hangzhou, the capital of Zhejiang province", "Ostrava, a city in ...".
			// A possessive before another place is not the object: "Enerhodar, a town
			// in Ukraine's Zaporizhzhia region" is in Zaporizhzhia.
			pattern(located, ent(subj, "LOC", ""), words(","), opt(words("the")), words(enWithin...),
				opt(words("the")), opt(words(enDirection...)), opt(ent(none, "LOC", "Gen")), ent(obj, "LOC", "Nom")),
			// "Evelyn Street, a busy road in Deptford", "125th Street, a main street for shopping
			// in Harlem": an apposition naming the place's kind and where it lies.
			pattern(located, ent(subj, "LOC", ""), words(","), words("a", "an"), opt(gapWithout(2, "LOC|ORG|PER", ",")),
				words(enStreetNoun...), opt(gapWithout(2, "LOC|ORG|PER", ",", "who", "whose", "which", "where", "that")),
				words("in"), opt(words("the")), opt(words(enDirection...)), ent(obj, "LOC", "Nom")),
			// "neighbourhoods of Mexico City such as Xochimilco", "towns in Kent, such as Deal
			// and Dover".
			pattern(located, words(enSeveralPlaces...), words("of", "in"), opt(words("the")), ent(obj, "LOC", "Nom"), opt(words(",")),
				words("such as", "including", "like"), entList(subj, "LOC", "")),
			// "in the vicinity of John Street in Birkenhead".
			pattern(located, words(enNearby...), ent(subj, "LOC", ""), words("in"), opt(words("the")), ent(obj, "LOC", "Nom"),
				relation.NotEnt("LOC")),
			// "Vilnius, Lithuania's capital".
			pattern(located, ent(subj, "LOC", ""), words(","), opt(words("the")), ent(obj, "LOC", "Gen"), words(enCapitalOf...)),
			// "China's Zhejiang province".
			pattern(located, ent(obj, "LOC", "Gen"), ent(subj, "LOC", ""), words(enPlaceNoun...)),
			// "Ukraine's capital, Kyiv".
			pattern(located, ent(obj, "LOC", "Gen"), words(enCapitalOf...), opt(words(",")), ent(subj, "LOC", "")),
			// "Zhejiang province in eastern China", "Kursk in western Russia".
			pattern(located, ent(subj, "LOC", ""), opt(words(enPlaceNoun...)), words("in", "of"), opt(words("the")),
				words(enDirection...), ent(obj, "LOC", "")),
			// "the Belgorod region of Russia", "the Moravian-Silesian Region of the Czech Republic".
			pattern(located, ent(subj, "LOC", ""), words(enPlaceNoun...), words("of"), opt(words("the")), ent(obj, "LOC", "")),
			pattern(located, words("the"), ent(subj, "LOC", ""), words("of"), opt(words("the")), ent(obj, "LOC", "")),
			// "in Paris, France," "in Croydon, south London," "between Kansas City, Missouri, and"
			// (not a list: "Paris, France and Spain").
			pattern(located, words(enPlaceBefore...), ent(subj, "LOC", ""), words(","), opt(words(enDirection...)), ent(obj, "LOC", ""),
				notWords(",", "and", "or")),
			pattern(located, words(enPlaceBefore...), ent(subj, "LOC", ""), words(","), opt(words(enDirection...)), ent(obj, "LOC", ""),
				words(","), relation.NotEnt("LOC"), notWords("and", "or")),
			// "385 miles southwest of Punta Eugenia, Mexico": "of" after a compass point.
			pattern(located, words(enCompass...), words("of"), ent(subj, "LOC", ""), words(","), ent(obj, "LOC", ""),
				notWords(",", "and", "or")),
			// "at Stamford Bridge in London", "near Beacon's Beach in Encinitas", "in Xining of
			// Qinghai Province": a venue or a town where a preposition puts something, then the
			// place it lies in. Not after "of", where the first place owns something in the
			// second: "the embassy of France in Berlin".
			pattern(located, words(enVenueBefore...), ent(subj, "LOC", ""), words("in"), opt(words("the")), ent(obj, "LOC", "Nom"),
				relation.NotEnt("LOC")),
			// Two places written together, where the gazetteer says which holds the other
			// (relation.Known): "Kansas City, Missouri", "Guizhou province, China", "Hangzhou
			// in Zhejiang"; an address whose town it does not know, with a country: "Qinghai
			// Province, China". Not before a possessive ("in Berlin, Germany's chancellor"), and
			// in a list only a town ("Kansas City, Missouri, and Omaha, Nebraska").
			known(relation.KnownWithinOrCountry, ent(subj, "LOC", ""), opt(words(enPlaceNoun...)), words(","), opt(words(enDirection...)),
				ent(obj, "LOC", "Nom"), notWords(enListWords...)),
			// "in Guizhou province, China, on Sunday": a comma closing the address, not a list's.
			known(relation.KnownWithinOrCountry, ent(subj, "LOC", ""), opt(words(enPlaceNoun...)), words(","), opt(words(enDirection...)),
				ent(obj, "LOC", "Nom"), words(","), relation.NotEnt("LOC"), notWords(enListWords...)),
			known(relation.KnownTownWithin, ent(subj, "LOC", ""), opt(words(enPlaceNoun...)), words(","), opt(words(enDirection...)),
				ent(obj, "LOC", "Nom")),
			// "Hangzhou (Zhejiang)"; not a place the gazetteer does not know, which may be a
			// name mistaken for a place in a list of results ("Ivan Petrov (Russia)").
			known(relation.KnownWithin, ent(subj, "LOC", ""), words("("), ent(obj, "LOC", "Nom"), words(")")),
			// "China's Hangzhou", "Liupanshui in Guizhou". A possessive before a region is
			// as often a claim or a policy as an address ("China's Taiwan policy"): towns only.
			known(relation.KnownTownWithin, ent(obj, "LOC", "Gen"), ent(subj, "LOC", "")),
			known(relation.KnownWithin, ent(subj, "LOC", ""), opt(words(enPlaceNoun...)), words("in", "of"), opt(words("the")), ent(obj, "LOC", "Nom")),
			pattern(located, words("in"), ent(subj, "LOC", ""), words("of"), ent(obj, "LOC", "")),
			// "Dolly Menga's first goal for Livingston", "he plays for Rangers".
			pattern(member, ent(subj, "PER", ""), gapWithout(4, "LOC|ORG|PER", ","), words(enPlaysFor...), opt(words("the")),
				ent(obj, "ORG", "")),
			// "The WHO, which is headquartered in Geneva".
			pattern(located, ent(subj, "ORG", ""), opt(words(",")), words(enSeatedIn...), ent(obj, "LOC", "")),

			// MEETS. "Li met Russian Prime Minister Mikhail Mishustin",
			// "Rubio, the U.S. secretary of state, spoke by phone with ...".
			// Not across "from": "received a pass from Shaqiri".
			pattern(meets, notAfterPreposition, ent(subj, "PER", ""), aside, noNegation(6, "PER"), notAfterAnd, words(enMeet...), gapWithout(4, "PER", "from"),
				entList(obj, "PER", "")),
			// "Li and Mishustin held talks", "X, president of Y, and Z held talks".
			pattern(meets, notAfterPreposition, ent(subj, "PER", ""), aside, words("and"), gap(4, "PER"), ent(obj, "PER", ""),
				noNegation(4, "PER"), words(enMeetTogether...)),
			// "Li flew to Delhi, where he met Modi".
			pattern(meets, notAfterPreposition, ent(subj, "PER", ""), aside, noNegation(8, "PER"), notAfterAnd, words(enVisit...), opt(words("the")), ent(none, "LOC", ""),
				words(","), words("where"), opt(words("he", "she", "they")), noNegation(3, "PER"), words(enMeet...), gap(4, "PER"),
				entList(obj, "PER", "")),
			// "the meeting between Trump and Putin", "Li's meeting with Modi".
			// Not "the meeting between Trump and Putin was called off".
			pattern(meets, words(enMeetingNoun...), ent(subj, "PER", ""), words("and"), ent(obj, "PER", ""),
				notWords(enCalledOff...)),
			// "Zelenskiy, who met Trump in Rome, ...".
			pattern(meets, notAfterPreposition, ent(subj, "PER", ""), words(","), words("who"), noNegation(4, "PER"), words(enMeet...), gap(4, "PER"),
				ent(obj, "PER", "")),
			pattern(meets, notAfterPreposition, ent(subj, "PER", "Gen"), words("meeting with", "talks with", "call with", "phone call with"),
				gap(4, "PER"), ent(obj, "PER", "")),
			// "After talks with Putin and his aides, Macron said ...": a meeting before the clause
			// whose subject had it.
			pattern(meets, relation.SentenceStart(), words("after", "following"), opt(words(enArticle...)), words(enMeetingWith...),
				gap(4, "PER"), ent(obj, "PER", ""), gapWithout(6, "PER", ",", "."), words(","), ent(subj, "PER", "Nom")),
			// "X flew to Muscat for talks with U.S. envoy Steve Witkoff".
			// The purpose of a journey may come after commas.
			pattern(meets, notAfterPreposition, ent(subj, "PER", ""), gapWithout(15, "PER", enNegation...), words(enTalksFor...), gap(4, "PER"),
				ent(obj, "PER", "")),

			// VISITS. "Modi visited Tianjin", "Wang will visit Islamabad and Kabul";
			// not "Orban did not travel to Brussels".
			pattern(visits, notAfterPreposition, entList(subj, "PER", ""), aside, noNegation(8, "PER"), notAfterAnd, words(enVisit...), opt(words("the")),
				entList(obj, "LOC", "")),
			// "Kharkiv was visited on Friday by German Defence Minister Boris Pistorius".
			pattern(visits, ent(obj, "LOC", ""), words("was visited", "is visited", "is being visited"), gap(6, "PER|LOC"),
				words("by"), gap(5, "PER|LOC"), ent(subj, "PER", "")),
			// "Putin's visit to India".
			// "Erdogan's controversial visit to Germany": a listed adjective before the noun (not
			// "Biden's plan for a visit to China").
			pattern(visits, notAfterPreposition, ent(subj, "PER", "Gen"), opt(words(enVisitAdjective...)),
				words(enVisitNoun...), opt(words("the")), ent(obj, "LOC", ""), notWords(enCalledOff...)),
			// "Modi is on a two-day visit to Japan"; not "Modi cancelled his visit to Japan".
			pattern(visits, notAfterPreposition, ent(subj, "PER", ""), aside, gapWithout(6, "PER|LOC", append(enNegation, ",", "cancelled", "canceled",
				"postponed", "called", "delayed", "plan", "plans", "proposed")...), words(enVisitNoun...), opt(words("the")), ent(obj, "LOC", "")),
			// "May arrives for the Conservative Party Conference in Birmingham".
			// After "attend", an event's noun must come between: not "attended school in Delaware".
			pattern(visits, notAfterPreposition, ent(subj, "PER", ""), aside, noNegation(4, "PER"), words(enArrivesFor...), gapWithout(6, "PER|LOC", ","),
				words("in"), opt(words("the")), ent(obj, "LOC", "")),
			pattern(visits, notAfterPreposition, ent(subj, "PER", ""), aside, noNegation(4, "PER"), words(enAttends...), gapWithout(4, "PER|LOC", ","),
				words(enEventNoun...), gapWithout(3, "PER|LOC", ","), words("in"), opt(words("the")), ent(obj, "LOC", "")),
			// "Zelenskiy, who flew to Kyiv on Monday, ...".
			pattern(visits, notAfterPreposition, ent(subj, "PER", ""), words(","), words("who"), noNegation(6, "PER"), words(enVisit...),
				opt(words("the")), entList(obj, "LOC", "")),

			// SAYS, quoted. "“...,” said Li", "“...,” Li said", "“...,” Kallas, the EU's
			// foreign policy chief, told reporters", "Li said: “...”".
			pattern(says, relation.Quote(), opt(words(",")), sayThat, gap(4, "PER"), ent(subj, "PER|ORG", "")),
			// Not a verb with a that-clause of its own: in "... “outside pressure.” Li replied that
			// Beijing was ready" the quote is another's and Li's words are the clause.
			pattern(says, relation.Quote(), opt(words(",")), opt(words("the")), opt(words(enHonorific...)), ent(subj, "PER|ORG", ""),
				aside, sayThat, notWords("that")),
			// Words between the verb and the quote end in a colon or a comma: in
			// "said the alliance was “stronger than ever”" the quote is part of
			// the words said (the reported patterns below).
			pattern(says, notAfterPreposition, ent(subj, "PER|ORG", "Nom"), aside, noComma(6, "PER"), notAfterAnd, sayThat, opt(words(",", ":")),
				relation.Quote()),
			pattern(says, notAfterPreposition, ent(subj, "PER|ORG", "Nom"), aside, noComma(6, "PER"), notAfterAnd, sayThat, gap(4, "PER"),
				words(",", ":"), relation.Quote()),
			// A quotation left open at the paragraph's end, as news leaves one that runs on
			// into the next paragraph: its first sentence is what was said.
			pattern(says, notAfterPreposition, ent(subj, "PER|ORG", "Nom"), aside, noComma(6, "PER"), notAfterAnd, sayThat, gap(4, "PER"),
				words(":"), words(openQuotes...), relation.Rest()),
			// "According to Peskov, the Kremlin spokesman, no date has been set".
			pattern(says, words("according to"), ent(subj, "PER|ORG", ""), words(","), words(enArticle...), gap(6, "PER"),
				words(","), relation.Rest()),
			pattern(says, words("according to"), opt(words("the")), ent(subj, "PER|ORG", ""), words(","), relation.Rest()),
			// Reported. "Sanchez said on Monday that ...", "Frederiksen told parliament that ...".
			// Not the name of one's body before a title: "a Plaid AM said that ...", whose speaker
			// is unnamed.
			pattern(says, notAfterPreposition, ent(subj, "PER|ORG", "Nom"), notModifier, aside, noComma(6, "PER"), notAfterAnd, sayThat,
				gap(6, "PER"), words("that"), relation.Rest()),
			// "Smith said on Monday the talks were useful", "Acme said in a statement it would ...":
			// a time or an occasion after the verb, then the words said (not "..., the Kremlin
			// said on Friday.", where nothing follows, nor "said today's meeting was useful",
			// where the time is the words said's own).
			pattern(says, notAfterPreposition, ent(subj, "PER|ORG", "Nom"), notModifier, aside, noComma(6, "PER"), notAfterAnd, words(enSay...),
				words(enSaidTime...), opt(words(enDayParts...)), notWords(",", ".", "that", "and", "but", "to", "by", "for", "'s", "’s"),
				notSaidWhen, relation.Rest()),
			// "Junqueras announced he would run": a verb that may take a thing (announced
			// layoffs) takes a clause without "that" where a subject pronoun opens it.
			pattern(says, notAfterPreposition, ent(subj, "PER|ORG", "Nom"), notModifier, aside, noComma(6, "PER"), notAfterAnd,
				sayThat, relation.AheadWords(enSubjectPronouns...), relation.Rest()),
			// "Guterres said the talks were useful", "The WHO, which ..., said it would".
			// A time or place after the verb ends the sentence rather than
			// starting the words said: "..., the Kremlin said on Friday" (below);
			// so does a comma ("“...,” Trump said, pointing at the crowd").
			pattern(says, notAfterPreposition, ent(subj, "PER|ORG", "Nom"), notModifier, aside, noComma(6, "PER"), notAfterAnd, words(enSay...),
				notSaidWhen, notWords(","), opt(words("that")), relation.Rest()),
			// "Chad Hammel told KSWB-TV in San Diego he had been diving ...": the words said right
			// after the medium told, with no "that" (a person told may be the subject of the
			// words said: "told Paul he would", so a medium only).
			pattern(says, notAfterPreposition, ent(subj, "PER|ORG", "Nom"), notModifier, aside, noComma(6, "PER"), notAfterAnd, words("told", "tells"),
				ent(none, "ORG", ""), notSaidWhen, notWords(",", "that", "about", "to", "."), relation.Rest()),
			pattern(says, notAfterPreposition, ent(subj, "PER|ORG", "Nom"), notModifier, aside, noComma(6, "PER"), notAfterAnd, words("told", "tells"),
				ent(none, "ORG", ""), words("in"), ent(none, "LOC", ""), notSaidWhen, notWords(",", "that", "about", "to", "."),
				relation.Rest()),
			// "The expert, Tiffany Ng of the University of Michigan, also noted that ...", "The
			// company's spokesman, John Smith, said the plant would close": the speaker named in
			// an apposition to the title that opens the sentence as its subject.
			pattern(says, relation.SentenceStart(), words(enArticle...), opt(gapWithout(2, "LOC|ORG|PER", ",")), title(relation.TitleAny), words(","),
				ent(subj, "PER", ""), words(","), noComma(4, "PER"), sayThat, gap(6, "PER"), words("that"), relation.Rest()),
			pattern(says, relation.SentenceStart(), words(enArticle...), opt(gapWithout(2, "LOC|ORG|PER", ",")), title(relation.TitleAny), words(","),
				ent(subj, "PER", ""), words("of", "at", "from"), opt(words("the")), ent(none, "LOC|ORG", ""), words(","),
				noComma(4, "PER"), sayThat, gap(6, "PER"), words("that"), relation.Rest()),
			pattern(says, relation.SentenceStart(), words(enArticle...), opt(gapWithout(2, "LOC|ORG|PER", ",")), title(relation.TitleAny), words(","),
				ent(subj, "PER", ""), words(","), noComma(4, "PER"), words(enSay...), notSaidWhen, notWords(",", "that"),
				relation.Rest()),
			// "Acme's said it would close ...": a firm named with its possessive (the shop's
			// name) owns no verb, so it is the speaker.
			pattern(says, notAfterPreposition, ent(subj, "ORG", "Gen"), words(enSay...), notSaidWhen, notWords(","), opt(words("that")),
				relation.Rest()),
			// The words first: "Ukraine is ready ..., Zelenskiy said in his nightly
			// address", "..., the Kremlin said on Friday", "..., Peskov told reporters".
			// A few describing words may come before the speaker's name: "..., agency spokesman
			// Sutopo Purwo Nugroho told a news conference", "..., CBS affiliate WAFB reports".
			pattern(says, relation.SentenceStart(), relation.Said(60), words(","), opt(words("the")), opt(saidBy), ent(subj, "PER|ORG", ""),
				aside, sayThat, opt(words(enSaidTime...)), opt(words(enDayParts...)), relation.SentenceEnd()),
			pattern(says, relation.SentenceStart(), relation.Said(60), words(","), opt(words("the")), opt(saidBy), ent(subj, "PER|ORG", ""),
				aside, sayThat, words(enSaidWhen...), gap(8, "PER|ORG"), relation.SentenceEnd()),
			pattern(says, relation.SentenceStart(), relation.Said(60), words(","), opt(words("the")), opt(saidBy), ent(subj, "PER|ORG", ""),
				aside, words("told"), gap(6, "PER"), relation.SentenceEnd()),
			// "..., the Advocate reports." ("reports" is a noun too: not among enSay).
			pattern(says, relation.SentenceStart(), relation.Said(60), words(","), opt(words("the")), opt(saidBy), ent(subj, "PER|ORG", ""),
				words("reports"), relation.SentenceEnd()),
			// "The summit was a success, Trump said, pointing to the deal".
			pattern(says, relation.SentenceStart(), relation.Said(60), words(","), opt(words("the")), opt(saidBy), ent(subj, "PER|ORG", ""),
				aside, sayThat, words(",")),
			// "Johnson pressed his attack, saying a proposal ... was deranged": the words said
			// after a participle of saying that ends the speaker's clause, whose subject opens
			// the sentence (after a time, say): in "Trump met Kim, saying ..." Kim is no speaker.
			pattern(says, relation.SentenceStart(), gapWithout(4, "PER|ORG|LOC", ","), ent(subj, "PER|ORG", "Nom"), aside,
				noComma(12, "PER"), words(","), words(enSaying...), opt(words("that")), relation.Rest()),
			// The same after a phrase of its own that opens the sentence: "In another interview,
			// her former foreign minister Boris Johnson pressed his attack ..., saying ...".
			pattern(says, relation.SentenceStart(), gapWithout(16, "PER|ORG", ",", "."), words(","), gapWithout(4, "PER|ORG|LOC", ","),
				ent(subj, "PER|ORG", "Nom"), aside, noComma(12, "PER"), words(","), words(enSaying...), opt(words("that")), relation.Rest()),
			// "The toll rose to 34, according to the health ministry."
			pattern(says, relation.SentenceStart(), relation.Said(60), words(","), words("according to"), opt(words("the")),
				ent(subj, "PER|ORG", ""), relation.SentenceEnd()),
		},
			// SAYS, VISITS and MEETS as the second of two coordinated predicates.
			coordinated(enSay, enSayThat),
			[]relation.Pattern{
				// ROLE without an object in the text: "Foreign Minister Wang Yi", "Merz was
				// elected chancellor".
				pattern(role, ent(subj, "PER", ""), words(enAppointed...), opt(words("as")), opt(words(enArticle...)),
					title(relation.TitleNoMember), notWords("of", "for")),
				pattern(role, title(relation.TitleAny), ent(subj, "PER", "")),
			}),
		TitleHeads:      heads,
		TitleModifiers:  titleModifiers(),
		TitleTails:      enTitleTails,
		TitleAdjectives: setOf("deputy", "vice", "acting", "chief"),
		TitleJoiners:    setOf("and"),
		SuffixCases:     map[string]string{"'s": "Gen", "'": "Gen"},
		ListSeparators:  setOf(",", "and"),
		QuoteTrim:       setOf(",", "."),
		ClauseJoiners:   setOf("while", "but", "whereas", "and"),
	}
}
