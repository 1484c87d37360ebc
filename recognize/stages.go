package recognize

import (
	"context"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/internal/checkpoint"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/ner"
)

// The stages of rules, in the order Recognize runs them. Each takes the
// document's mentions, sorted by Start and non-overlapping, and returns
// them so (a stage that only changes mentions in place returns nothing).
// The order of the rules inside a stage, and of the stages, is the order
// the rules were tuned in on dev data: a rule reads the mentions the rules
// before it left, so moving one changes output.

// pass is one Recognize call's state, which its stages share: the
// document, its language and model, and the names the stages retype as
// organizations or teams, which spread gives to the names' other
// mentions.
type pass struct {
	*Recognizer
	doc    *annotation.Document
	l      lang.Language
	m      *ner.Model        // the language's model, nil for none
	cases  wordCases         // the truecased tokens' case, for the rules that read most tokens
	cues   wordCues          // the truecased tokens' lang.WordCues, nil for a language with none
	misc   []annotation.Span // the model's names of other kinds (MISC), document-wide; formsAndKinds reads them
	sports []bool            // sportsSentences, from sportsTeams on
	orgs   []string          // the names retyped as organizations, for spread
	teams  []string          // the names made teams around scores and in result rows, for spread
	states []annotation.Span // the gazetteer's states of the past, from windowSpans, for placePolities
	bufs   *passBuffers      // the arrays of cases and cues, and windowSpans's buffers
}

// addOrgs adds names, retyped as organizations by a rule, to p.orgs. Most
// rules retype nothing in most documents, and an append of nothing still
// calls the runtime's copy: 43 rules a document, a one-line document's as
// a long one's.
func (p *pass) addOrgs(names []string) {
	if len(names) > 0 {
		p.orgs = append(p.orgs, names...)
	}
}

// screen adds an organization's acronym in brackets after it, then keeps
// the spans news annotation would tag: an acronym's plural (MPs) cut off
// or the mention dropped, and implausible spans, lone nationality words,
// party-member or faith words, competitions and common acronyms dropped.
// It runs first on the merged spans, so that no later rule builds on a
// mention that is no name. It checks ctx every 1,024 mentions.
func (p *pass) screen(ctx context.Context, ents []annotation.Entity) ([]annotation.Entity, error) {
	doc, l := p.doc, p.l
	ents = addBracketAcronyms(doc, ents)
	stop := checkpoint.New(ctx)
	acronyms := commonAcronymLister(l)
	kept := ents[:0]
	for i := range ents {
		if stop.Done() {
			return nil, stop.Err()
		}
		if trimAcronymPlural(&ents[i], doc, l) && plausible(&ents[i]) && !demonym(&ents[i], p.gaz, l) &&
			!groupWord(&ents[i], doc, l) && !competition(&ents[i], doc, l) && !commonAcronym(&ents[i], doc, l, acronyms) {
			kept = append(kept, ents[i])
		}
	}
	return kept, nil
}

// joinAndTrimWords mends the words of single mentions, the first thing done to
// the screened spans: a known name with a possessive written apart inside it is
// made whole (People 's Republic of China), the parts of a hyphenated name that
// the tokenizer or the tagger cut apart are joined, and initials joined to the
// person after them; one-word mentions that are an inflected common word
// (matched through a stem), a common sentence opener or a word of origin before
// its noun (Şilili madenciler) are dropped, and a common noun opening a
// person's mention before a genitive name cut off (Гол Менга); lower-case
// words, a minute's abbreviation (Cengiz Dk. 58) and a trailing preposition
// come off a mention's end, a mention ends before a finite verb inside it (Буш
// победил), and an origin word (Liverpoollu) comes off a person's front;
// abbreviated names (F.Bahçe) are expanded. The later stages read a mention's
// first and last words (titles, heads, tails), which these fix first.
func (p *pass) joinAndTrimWords(kept []annotation.Entity) []annotation.Entity {
	kept = joinSpacedPossessiveNames(p.doc, kept, p.l, p.gaz)
	kept = joinHyphenParts(p.doc, kept)
	kept = joinHyphenGivenNames(p.doc, kept, p.l, p.cases)
	kept = joinHyphenatedNames(p.doc, kept)
	kept = dropInflectedWords(p.doc, kept, p.l, p.gaz)
	kept = dropOriginWords(p.doc, kept, p.l, p.gaz)
	kept = trimInflectedOpeners(p.doc, kept, p.l, p.m)
	kept = trimCommonOpeners(p.doc, kept, p.l, p.m)
	kept = dropCommonOpeners(p.doc, kept, p.l, p.m)
	kept = dropDictionaryOpeners(p.doc, kept, p.l, p.m)
	trimLowerTail(p.doc, kept, p.l)
	trimMinuteMarks(p.doc, kept, p.l)
	trimTrailingPrepositions(p.doc, kept, p.l)
	cutAtFiniteVerbs(p.doc, kept, p.l)
	trimOriginWord(p.doc, kept, p.l, p.gaz)
	joinInitials(p.doc, kept)
	kept = expandAbbreviatedNames(p.doc, kept, p.l, p.gaz, &p.abbreviable, p.cases)
	return kept
}

// splitMentions cuts mentions that hold more than one name or more than the
// name: an acronym or a known country off a person's edge, the capitalized
// words after an abbreviated honorific, a nationality word, titles and a
// preposition off a person's front (and a mention of titles only right before a
// person dropped), a place off the front of a person (Russian writes a role's
// place before the name), a place and what it owns over a possessive, a town
// and its region, two large places side by side (Berlin Moscow), two places
// before "between", a town and the two-letter state after it (San Rafael Ca), a
// person and the "of" phrase after the name. It runs on the mended words
// (joinAndTrimWords) and before the organizations' and places' edges
// (bodyAndPlaceEdges), which then see the split parts.
func (p *pass) splitMentions(kept []annotation.Entity) []annotation.Entity {
	kept = cutPersonEdges(p.doc, kept, p.gaz, p.l)
	kept = splitAtHonorific(p.doc, kept, p.l, p.gaz)
	trimLeadingDemonyms(p.doc, kept, p.l, p.gaz)
	trimLeadingTitles(p.doc, kept, p.l)
	kept = dropTitlesBeforePeople(p.doc, kept, p.l)
	trimLeadingPreposition(p.doc, kept, p.l)
	kept = splitPlaceOffPerson(p.doc, kept, p.l, p.gaz)
	kept = splitRolePlaceOffPerson(p.doc, kept, p.l)
	kept = splitPlaceOwner(p.doc, kept, p.l, p.gaz)
	kept = splitPlaceRegion(p.doc, kept, p.l, p.gaz)
	kept = splitAdjacentPlaces(p.doc, kept, p.l, p.gaz)
	kept = splitPlacePostal(p.doc, kept, p.l, p.gaz)
	kept = splitPairBeforeBetween(p.doc, kept, p.l, p.gaz)
	kept = splitPersonOf(p.doc, kept, p.l, p.gaz)
	kept = splitKnownBodyPlace(p.doc, kept, p.l, p.gaz)
	return kept
}

// bodyAndPlaceEdges sets the edges of organizations and places: countries
// read as organizations and web services read as places or people are
// retyped first, since the edge rules go by type; then lower-case heads and
// words come off organizations' and places' ends and starts, a place is
// split at a division noun inside it, a mention is widened up to an
// organization's head noun, joined over a possessive to its head, and an
// organization lengthened over the rest of its name.
func (p *pass) bodyAndPlaceEdges(kept []annotation.Entity) []annotation.Entity {
	countriesAsPlaces(kept, p.l, p.gaz)
	webServicesAsOrganizations(p.doc, kept, p.l)
	trimLowerHead(p.doc, kept, p.l)
	trimPlaceStart(p.doc, kept)
	trimPlaceDivision(p.doc, kept, p.l)
	kept = splitAtInnerDivision(p.doc, kept, p.l)
	widenToOrgHead(p.doc, kept, p.l, p.gaz)
	placesWithOrgHead(p.doc, kept, p.l)
	kept = joinPossessiveHead(p.doc, kept, p.l, p.gaz)
	extendOrgNames(p.doc, kept, p.l)
	return kept
}

// addBodies adds the organizations the tagger missed that the words
// themselves name: capitalized words up to an organization's head noun,
// the name an acronym in brackets spells (whose names it keeps in
// p.orgs, the first of the names spread at the end), a lone body noun
// (Meclis) with the one or two capitalized words that qualify it (the
// Global Coalition), and a name joined by "ve" to such a body. It runs once the
// bodies' edges are set (bodyAndPlaceEdges), which it reads.
func (p *pass) addBodies(kept []annotation.Entity) []annotation.Entity {
	kept = addHeadedBodies(p.doc, kept, p.l, p.cases)
	kept, p.orgs = definedAcronyms(p.doc, kept, p.l)
	kept = addLoneBodies(p.doc, kept, p.l, p.cases)
	kept = qualifiedLoneBodies(p.doc, kept, p.l, p.cases)
	kept = joinCoordinatedBodies(p.doc, kept, p.l)
	return kept
}

// dropNonNames removes the mentions that name no person, place or
// organization by the words around them: things named by a thing word
// (a storm, a film), stock market indexes, a title's field words
// (Hazine ve Maliye Bakanı), works' titles, languages, and the quoted words that
// open a quotation. It runs before the retyping stages so that they do not
// give a type to what is no name.
func (p *pass) dropNonNames(kept []annotation.Entity) []annotation.Entity {
	kept = dropThings(p.doc, kept, p.l)
	kept = dropIndexes(p.doc, kept, p.l)
	kept = dropFieldTitles(p.doc, kept, p.l)
	kept = dropNamedThings(p.doc, kept, p.l)
	kept = dropWorkTitles(p.doc, kept, p.l)
	kept = dropLanguages(p.doc, kept, p.l)
	kept = p.dropLowerOpenerFills(kept)
	kept = dropQuoteOpeners(p.doc, kept)
	return kept
}

// formsAndKinds types and shapes mentions by their form and the kind word
// beside them: a list of people before a place noun are places,
// organizations are found by the form of their names where the language
// tells it (foreign script, guillemets, acronyms, head nouns), a person's
// mention is cut at lower-case words no name holds, and the things a kind
// word or a defining sentence names are dropped. The organizations by
// form need the model's other names (p.misc).
func (p *pass) formsAndKinds(kept []annotation.Entity) []annotation.Entity {
	placesBeforePlaceHead(p.doc, kept, p.l)
	kept = addOrganizationsByForm(p.doc, kept, p.l, p.gaz, p.misc, p.cases, p.cues)
	kept = splitPersonAtLowerWords(p.doc, kept, p.l)
	kept = dropKindedThings(p.doc, kept, p.l)
	kept = dropDefinedThings(p.doc, kept, p.l)
	return kept
}

// organizationsByContext makes people and places organizations by the
// words around them: what follows (a defence, a shop, "shares"), the phrase
// before, a role in a body with "the" before (a spokesperson for the Red
// Cross, also adding the name no mention held), a club noun, a legal form (and the seat named after it, added as
// a place), a foreign company's leading head (Banco, Grupo), a pronoun of
// a thing, an ampersand, business words, a plural verb; a capitalized head
// noun named alone is joined to the lower-case words of its name after
// it. Each rule adds the names it retyped to p.orgs, which spread (after
// every retyping stage) gives to the names' other mentions.
func (p *pass) organizationsByContext(kept []annotation.Entity) []annotation.Entity {
	p.addOrgs(retypeByContext(p.doc, kept, p.l, p.gaz))
	p.addOrgs(retypeByPhraseBefore(p.doc, kept, p.l, p.gaz))
	kept, roles := bodiesAfterRoles(p.doc, kept, p.l, p.gaz, p.cases)
	p.addOrgs(roles)
	p.addOrgs(teamsAfterClubNoun(p.doc, kept, p.l, p.gaz))
	p.addOrgs(companiesByLegalForm(p.doc, kept, p.l, p.cases))
	kept = placesAfterLegalForms(p.doc, kept, p.l, p.gaz)
	kept, leading := bodiesByLeadingHead(p.doc, kept, p.l, p.cases)
	p.addOrgs(leading)
	kept, shared := companiesBeforeShares(p.doc, kept, p.l, p.gaz, p.m, p.cases)
	p.addOrgs(shared)
	p.addOrgs(retypeByPronoun(p.doc, kept, p.l))
	kept, ampersand := ampersandNames(p.doc, kept, p.l, p.gaz)
	p.addOrgs(ampersand)
	kept, companies := addCompanies(p.doc, kept, p.l, p.gaz, p.cases)
	p.addOrgs(companies)
	p.addOrgs(refineOrganizations(p.doc, kept, p.l, p.gaz))
	kept = addHeadTailBodies(p.doc, kept, p.l, p.cases)
	p.addOrgs(retypeByPluralVerb(p.doc, kept, p.l))
	return kept
}

// sportsTeams finds the teams of sports reports: it marks the sentences
// about sports (p.sports, which scoresAndRows reads too), then makes clubs
// of the known clubs, the towns, the opponents and the sides of a match
// verb there, cuts mentions at match verbs, and adds nicknames, the sides
// a match verb joins to a team and players by their acts. Its names go to
// p.orgs.
func (p *pass) sportsTeams(kept []annotation.Entity) []annotation.Entity {
	p.sports = sportsSentences(p.doc, p.l, p.cues, p.bufs.sports)
	p.bufs.sports = p.sports
	kept, clubs := retypeClubs(p.doc, kept, p.l, p.gaz, p.sports)
	p.addOrgs(clubs)
	p.addOrgs(clubsByDistinctName(p.doc, kept, p.l, p.gaz))
	p.addOrgs(townsAsTeams(p.doc, kept, p.l, p.gaz, p.sports))
	p.addOrgs(teamsFacingOpponents(p.doc, kept, p.l, p.gaz, p.sports))
	kept = splitAtMatchVerbs(p.doc, kept, p.l, p.sports)
	p.addOrgs(teamsBesideMatchVerbs(p.doc, kept, p.l, p.gaz, p.sports))
	kept, possessors := teamsByPossession(p.doc, kept, p.l, p.gaz, p.sports, p.cases)
	p.addOrgs(possessors)
	p.addOrgs(teamsAfterJoinWords(p.doc, kept, p.l, p.gaz))
	kept, nicknames := teamsByNickname(p.doc, kept, p.l, p.sports)
	p.addOrgs(nicknames)
	kept, colors := teamsByColorNickname(p.doc, kept, p.l, p.sports, p.cases)
	p.addOrgs(colors)
	kept, facingTeams := addSidesFacingTeams(p.doc, kept, p.l, p.sports)
	p.addOrgs(facingTeams)
	kept = addPlayerActs(p.doc, kept, p.l, p.sports)
	return kept
}

// peopleAndPlaces settles people and places by the words in and around them,
// once the organizations so far are known: a lone foreign surname the tagger
// alone read as a body or a place made a person, a person ending in an
// organization's head, or opening with one (Фонда Гейтса: the body, not
// spread), a person with a trade word after it (Carr Futures), an owner's
// possessive and a shop's word (Ray 's Pizza), a possessive that owns nothing
// (Sainsbury 's has), a person's mention in capitals in ordinary text (HANO), a
// list or a range the words after it call organizations (the list's last name
// added where no mention holds it), and a publisher, a pollster or a firm
// founded (lang.CompanyDeeds) become organizations (p.orgs); a one-word name is
// widened over the noun agreeing with it; places and people are retyped by a
// role, a verb, a building word or what they own, people as places by a seat's
// role after them (Texas Senatörü); participles' subjects, streets and postal
// regions are added.
func (p *pass) peopleAndPlaces(kept []annotation.Entity) []annotation.Entity {
	retypeForeignSurnames(p.doc, kept, p.l)
	p.addOrgs(retypeHeadedPeople(p.doc, kept, p.l))
	retypeHeadFirstPeople(p.doc, kept, p.l)
	p.addOrgs(joinBusinessHeads(p.doc, kept, p.l))
	p.addOrgs(joinPossessiveShops(p.doc, kept, p.l, p.gaz))
	p.addOrgs(retypePossessiveFirms(p.doc, kept, p.l))
	p.addOrgs(retypeCapitalPeople(p.doc, kept, p.l))
	kinds := kindEndsOf(p.doc.Tokens, p.cases, p.cues, p.l)
	p.addOrgs(retypeListsOfKind(p.doc, kept, p.l, p.gaz, kinds.lists))
	kept, listed := addListedOfKind(p.doc, kept, p.l, kinds.lists)
	p.addOrgs(listed)
	p.addOrgs(retypeRangesOfKind(p.doc, kept, p.l, kinds.ranges))
	p.addOrgs(retypeCompanyDeeds(p.doc, kept, p.l))
	widenToAdjectiveNoun(p.doc, kept, p.l)
	retypePeopleByContext(p.doc, kept, p.l)
	kept = addParticipleSubjects(p.doc, kept, p.l, p.cases)
	retypePlacesByContext(p.doc, kept, p.l)
	placesBeforeSeatRoles(p.doc, kept, p.l, p.gaz)
	retypePersonOwners(p.doc, kept, p.l)
	placesByPossession(p.doc, kept, p.l)
	splitTenureOwners(p.doc, kept, p.l, p.gaz, p.m)
	kept = addStreetNames(p.doc, kept, p.l, p.cases)
	kept = addPostalRegions(p.doc, kept, p.l)
	return kept
}

// organizationsByKind makes organizations of the names that a word of a
// kind of organization goes with: before a borrowed possessive (Sainsbury
// 's), before a kind noun in a compound (after a trade too: Lloyds eczane
// zinciri), the examples after "brands such
// as", the name after "brand", the names missed in a list of them, a
// name joined by "and" or "/" to an organization (Firefox and the Mozilla
// project), and a name between a possessive and a brand's noun (Paltrow 's
// Goop brand). Its names go to p.orgs.
func (p *pass) organizationsByKind(kept []annotation.Entity) []annotation.Entity {
	kept, brands := brandsBeforePossessive(p.doc, kept, p.l, p.cues)
	p.addOrgs(brands)
	kept, nouned := organizationsBeforeNoun(p.doc, kept, p.l, p.gaz, p.m, p.cases)
	p.addOrgs(nouned)
	kept, examples := examplesOfKinds(p.doc, kept, p.l, p.gaz, p.cases, p.cues)
	p.addOrgs(examples)
	kept, kinds := kindAppositions(p.doc, kept, p.l, p.gaz, p.cases)
	p.addOrgs(kinds)
	p.addOrgs(organizationsByDefinition(p.doc, kept, p.l, p.gaz))
	kept, listed := completeLists(p.doc, kept, p.l, p.cases)
	p.addOrgs(listed)
	kept, paired := pairedOrganizations(p.doc, kept, p.l, p.gaz)
	p.addOrgs(paired)
	kept, owned := addOwnedBrands(p.doc, kept, p.l)
	p.addOrgs(owned)
	return kept
}

// scoresAndRows makes teams of the names on both sides of a match score
// and in the rows of a results table (in a sports sentence, p.sports). Its
// names go to p.teams, spread with p.orgs.
func (p *pass) scoresAndRows(kept []annotation.Entity) []annotation.Entity {
	kept, p.teams = teamsAroundScores(p.doc, kept, p.l, p.gaz)
	kept, rows := teamsInResultRows(p.doc, kept, p.l, p.gaz, p.sports)
	p.teams = append(p.teams, rows...)
	return kept
}

// bodiesAndPapers joins a place to the body right after or before it, a
// body to the body it belongs to in the genitive after it (Юридический
// комитет Сената), splits off a place the tagger ran into a body's name
// in a case no genitive has (фонд | Аргентине), and widens a body's name
// over the rest of its tail; it adds
// newspapers by their article and name and the media a person "told" at
// the clause's end, makes organizations of the papers, bodies and web
// sites that report or say and of the media a report appeared in
// (p.orgs), and people of the names a person's apposition follows. It
// runs after the types above, which its joins go by.
func (p *pass) bodiesAndPapers(kept []annotation.Entity) []annotation.Entity {
	kept = joinPlaceToBody(p.doc, kept, p.l, p.gaz)
	kept = joinBodyToParentBody(p.doc, kept, p.l, p.gaz)
	kept = splitBodyFromPlace(p.doc, kept, p.l, p.gaz)
	kept = joinBodyToPlace(p.doc, kept, p.l, p.gaz)
	extendPlacedBodies(p.doc, kept, p.l)
	kept = addPublications(p.doc, kept, p.l, p.cases)
	kept, media := mediaAfterInterviewVerbs(p.doc, kept, p.l, p.cases)
	p.addOrgs(media)
	p.addOrgs(publicationsReadAsPeople(p.doc, kept, p.l))
	p.addOrgs(mediaBeforeReports(p.doc, kept, p.l, p.bufs.words[:]))
	kept, bodies := bodiesBeforeSaying(p.doc, kept, p.l, p.gaz, p.cases)
	p.addOrgs(bodies)
	kept, sites := sitesBeforeSaying(p.doc, kept, p.l)
	p.addOrgs(sites)
	kept = addApposedPeople(p.doc, kept, p.l, p.gaz)
	return kept
}

// dropLate removes what the whole document shows to be no name: a word
// that a kind of thing precedes elsewhere, storms' names, a quote mark
// glued to a letter. The first two read the whole document's mentions as
// the stages before left them.
func (p *pass) dropLate(kept []annotation.Entity) []annotation.Entity {
	kept = dropThingsNamedElsewhere(p.doc, kept, p.l, p.cases)
	kept = dropStorms(p.doc, kept, p.l, p.cases)
	kept = dropQuotedLetters(kept)
	return kept
}

// joinLate joins the names the earlier stages left in two: a given name
// and a surname in capitals, a club designator and its name, a founder's
// name and the body after it (p.orgs).
func (p *pass) joinLate(kept []annotation.Entity) []annotation.Entity {
	kept = joinCapitalSurnames(p.doc, kept, p.l, p.gaz, func(k int) bool {
		a, ok := knownAcronym(p.doc, k, p.gaz, p.l)
		return ok && a.Type == annotation.Organization
	}, p.cases)
	kept, designated := joinClubDesignators(p.doc, kept)
	p.addOrgs(designated)
	kept, founded := joinFounderToBody(p.doc, kept, p.l)
	p.addOrgs(founded)
	return kept
}

// spread gives the names retyped above (p.orgs, p.teams) their type at
// their other mentions, makes organizations of mentions worded like an
// organization's elsewhere in the document, and people of one-word places
// whose word the document gives a person elsewhere (Holloway after
// Senator Jane Holloway). It runs after every stage that adds to p.orgs
// and p.teams, so that it spreads them all.
func (p *pass) spread(kept []annotation.Entity) {
	spreadOrganizations(kept, append(p.orgs, p.teams...), p.gaz)
	spreadOrganizationForms(p.doc, kept, p.l, p.gaz)
	placesNamedAsPeople(p.doc, kept, p.l, p.gaz)
}

// placesAndLists types places by the way the document writes them (a
// town before its region, the locative case, a place noun after the name)
// and the members of lists by their neighbours, and adds the players of a
// lineup and venues. It runs once the types are spread: the list rules
// read the types of a name's neighbours.
func (p *pass) placesAndLists(kept []annotation.Entity) []annotation.Entity {
	kept = placePolities(p.doc, kept, p.l, p.cases, p.states)
	placesBeforeRegion(p.doc, kept, p.l, p.m, p.gaz)
	placesByLocative(p.doc, kept, p.l, p.m)
	placesByLocativeClub(p.doc, kept, p.l, p.gaz)
	kept = placesBeforePlaceNoun(p.doc, kept, p.l, p.gaz, p.m, p.cases)
	peopleInLists(p.doc, kept, p.l, p.gaz)
	surnamesInLists(p.doc, kept, p.l)
	placesInLists(p.doc, kept, p.l)
	kept = addLineupPlayers(p.doc, kept, p.l, p.gaz)
	kept = addVenues(p.doc, kept, p.l, p.m, p.cases)
	return kept
}

// lastEdges makes the last corrections of edges and types before the short
// mentions are added: a common word in an oblique case off the front of a
// mention opening its sentence (Toplantıya Ege Üniversitesi); a role in the
// body (Member of Congress) and an article off an organization's front; a
// course, a member's title (Labour MP, Texas Republican) or the titles of the
// person after it off an organization's end; names joined in one mention split,
// inverted names joined, bare genitives joined, mentions in sentences written
// in capitals cleaned, the one-word openers before a verb of saying made
// people, a person's name cut off the firm an e-mail signature runs it into,
// names a web or e-mail address in their sentence spells made organizations,
// places widened over the kind's noun after them (tampa bay), and the lines
// that are a byline (Selin KARADAĞ - ANKARA) tagged as one.
func (p *pass) lastEdges(kept []annotation.Entity) []annotation.Entity {
	trimLeadingBodyRole(p.doc, kept, p.l, p.gaz)
	trimOrgArticle(p.doc, kept, p.l)
	trimCourseTails(p.doc, kept, p.l)
	trimMemberTail(p.doc, kept, p.l, p.gaz)
	trimMemberTitle(p.doc, kept, p.l)
	trimOrgTitleTail(p.doc, kept, p.l)
	kept = splitJoinedNames(p.doc, kept, p.l, p.gaz)
	kept = joinInvertedNames(p.doc, kept)
	joinBareGenitives(p.doc, kept, p.l)
	kept = cleanCapsMentions(p.doc, kept, p.l)
	saidOpenersAsPeople(p.doc, kept, p.l, p.gaz)
	kept = splitSignatures(p.doc, kept, p.l) // after the spread: its firms are not spread
	retypeDomainNames(p.doc, kept)
	widenPlaceTails(p.doc, kept, p.l, p.gaz)
	kept = tagBylines(p.doc, kept, p.l, p.gaz)
	return kept
}

// addAfterShortMentions adds people that the short mentions may hold: a
// sentence's opening word by its form and verb, the one word before a
// verb of saying, the speaker of a quotation. It runs after
// link.AddShortMentions, which links a sentence's first word to the full
// name before it (Ли of Ли Цян): the opening word and the word before a
// verb of saying are added only where no mention holds them, the short
// mentions included.
func (p *pass) addAfterShortMentions(ents []annotation.Entity) []annotation.Entity {
	ents = addRoleNames(p.doc, ents, p.l, p.linker, p.cases)
	ents = addKnownSurnames(p.doc, ents, p.l, p.m, p.linker, p.cases, &p.bufs.covered)
	ents = addOpeningPeople(p.doc, ents, p.l, p.m, p.gaz, p.bufs.words[:])
	ents = addSpeakers(p.doc, ents, p.l, p.cases)
	return addQuoteSpeakers(p.doc, ents, p.l, p.gaz, p.m)
}
