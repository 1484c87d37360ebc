package recognize

import (
	"reflect"

	"github.com/varlik/varlik/lang"
)

// language is a lang.Language as the rules read it: the language itself,
// and each of lang's optional interfaces that the rules ask of it,
// resolved once, nil where the language does not implement it (see
// docs/architecture.md for what each one tells).
//
// The rules asked their language for an optional interface by a type
// assertion at 375 places, most of them once a document: each cost some 30
// instructions where its call site's cache held the language's type, and
// the runtime's look-up of the method table (about 60 more) where it did
// not, which the runtime fills at one miss in 1,024, so that a process
// paid it for thousands of documents. Together they were a tenth of the
// rules' own instructions on Turkish news, and half of them on a one-word
// document. A rule now reads the field (capsOf): a comparison and a load.
//
// Recognize hands its stages a *language as their lang.Language. It must
// not go on to other packages, whose own assertions of optional interfaces
// (the gazetteer's lang.CaseEndings, lang.Upper's lang.UpperCaser) would
// fail on it: a call outside recognize takes plain(l). lang.FoldToken,
// which only calls Fold, may take it.
type language struct {
	lang.Language
	abbreviatedNames        lang.AbbreviatedNames
	ablativeCases           lang.AblativeCases
	acronymPlurals          lang.AcronymPlurals
	adjectiveNouns          lang.AdjectiveNouns
	apostropheSuffixes      lang.ApostropheSuffixes
	bareGenitives           lang.BareGenitives
	betweenWords            lang.BetweenWords
	bodyOffices             lang.BodyOffices
	bodyPronouns            lang.BodyPronouns
	bodyRoles               lang.BodyRoles
	bodyTitles              lang.BodyTitles
	brandPossessives        lang.BrandPossessives
	businessHeads           lang.BusinessHeads
	bylines                 lang.Bylines
	capitalAcronyms         lang.CapitalAcronyms
	capitalLeads            lang.CapitalLeads
	capitalizedHeads        lang.CapitalizedHeads
	capitalizedNameEnds     lang.CapitalizedNameEnds
	cardinals               lang.Cardinals
	casePrior               lang.CasePrior
	citationFormer          lang.CitationFormer
	closedClassWords        lang.ClosedClassWords
	closingSayings          lang.ClosingSayings
	clubNames               lang.ClubNames
	clubNouns               lang.ClubNouns
	colorNicknames          lang.ColorNicknames
	commonAcronyms          lang.CommonAcronyms
	commonWordNames         lang.CommonWordNames
	companyContext          lang.CompanyContext
	companyDeeds            lang.CompanyDeeds
	competitionHeads        lang.CompetitionHeads
	competitionOpeners      lang.CompetitionOpeners
	courseTails             lang.CourseTails
	definiteArticles        lang.DefiniteArticles
	dictionaryForms         lang.DictionaryForms
	dictionaryWords         lang.DictionaryWords
	facilityHeads           lang.FacilityHeads
	fieldTitles             lang.FieldTitles
	finiteVerbs             lang.FiniteVerbs
	foreignScriptNames      lang.ForeignScriptNames
	foreignSurnames         lang.ForeignSurnames
	founderHeads            lang.FounderHeads
	functionWords           lang.FunctionWords
	givenNames              lang.GivenNames
	groupWords              lang.GroupWords
	headTails               lang.HeadTails
	inflectedNames          lang.InflectedNames
	interviewVerbs          lang.InterviewVerbs
	kindAfterNames          lang.KindAfterNames
	kindAfterRange          lang.KindAfterRange
	kindDefinitions         lang.KindDefinitions
	languageNames           lang.LanguageNames
	latinOrgHeads           lang.LatinOrgHeads
	leadingOrgHeads         lang.LeadingOrgHeads
	legalForms              lang.LegalForms
	loneBodies              lang.LoneBodies
	lowerCompassWords       lang.LowerCompassWords
	marketIndexes           lang.MarketIndexes
	matchSides              lang.MatchSides
	memberTitles            lang.MemberTitles
	minuteMarks             lang.MinuteMarks
	motionVerbs             lang.MotionVerbs
	nameCues                lang.NameCues
	nameFinder              lang.NameFinder
	nameGenders             lang.NameGenders
	namePrepositions        lang.NamePrepositions
	namingWords             lang.NamingWords
	openingBodies           lang.OpeningBodies
	openingSubjects         lang.OpeningSubjects
	opponentWords           lang.OpponentWords
	organizationAcronyms    lang.OrganizationAcronyms
	organizationAppositions lang.OrganizationAppositions
	organizationBeforeQuote lang.OrganizationBeforeQuote
	organizationContext     lang.OrganizationContext
	organizationHeads       lang.OrganizationHeads
	organizationKinds       lang.OrganizationKinds
	organizationNameForms   lang.OrganizationNameForms
	organizationNamedAfter  lang.OrganizationNamedAfter
	organizationNounsAfter  lang.OrganizationNounsAfter
	organizationOwnedBefore lang.OrganizationOwnedBefore
	organizationPhrases     lang.OrganizationPhrases
	organizationPossessions lang.OrganizationPossessions
	organizationTails       lang.OrganizationTails
	originWords             lang.OriginWords
	palaceHeads             lang.PalaceHeads
	pastTenseVerbs          lang.PastTenseVerbs
	personAppositions       lang.PersonAppositions
	personContext           lang.PersonContext
	personNameParticles     lang.PersonNameParticles
	personPossessions       lang.PersonPossessions
	personTitles            lang.PersonTitles
	officeTitles            lang.OfficeTitles
	placeCases              lang.PlaceCases
	placeContext            lang.PlaceContext
	placeDivisions          lang.PlaceDivisions
	placeGenitives          lang.PlaceGenitives
	placeHeads              lang.PlaceHeads
	placeNameEndings        lang.PlaceNameEndings
	placeNameHeads          lang.PlaceNameHeads
	placeNounsAfter         lang.PlaceNounsAfter
	placePossessions        lang.PlacePossessions
	placeTailNouns          lang.PlaceTailNouns
	placesInBodies          lang.PlacesInBodies
	playerActs              lang.PlayerActs
	pluralNouns             lang.PluralNouns
	pluralVerbs             lang.PluralVerbs
	polities                lang.Polities
	possessiveFirms         lang.PossessiveFirms
	possessiveNames         lang.PossessiveNames
	postalRegions           lang.PostalRegions
	prepositions            lang.Prepositions
	publicationNames        lang.PublicationNames
	quantityWords           lang.QuantityWords
	quoteSpeakers           lang.QuoteSpeakers
	quotedOrganizations     lang.QuotedOrganizations
	reportSources           lang.ReportSources
	reportingVerbs          lang.ReportingVerbs
	saintWords              lang.SaintWords
	seatPhrases             lang.SeatPhrases
	seatPrepositions        lang.SeatPrepositions
	seatRoles               lang.SeatRoles
	sharedSportsWords       lang.SharedSportsWords
	shopWords               lang.ShopWords
	singulars               lang.Singulars
	speakerAdverbs          lang.SpeakerAdverbs
	speakers                lang.Speakers
	sportNames              lang.SportNames
	sportsWords             lang.SportsWords
	stormHeads              lang.StormHeads
	stormNames              lang.StormNames
	subjectParticiples      lang.SubjectParticiples
	teamContext             lang.TeamContext
	teamJoins               lang.TeamJoins
	teamNicknames           lang.TeamNicknames
	teamPossessions         lang.TeamPossessions
	teamWords               lang.TeamWords
	tenureWords             lang.TenureWords
	thingKinds              lang.ThingKinds
	thingNames              lang.ThingNames
	thingPredicates         lang.ThingPredicates
	tokenCues               lang.TokenCues // the language's own, else lang.AskedCues (nil where it has no predicate of lang.WordCues)
	tradeWords              lang.TradeWords
	venueHeads              lang.VenueHeads
	venueWords              lang.VenueWords
	webServices             lang.WebServices
	workAsides              lang.WorkAsides
}

// newLanguage resolves l's optional interfaces.
func newLanguage(l lang.Language) *language {
	c := &language{Language: l}
	c.abbreviatedNames, _ = l.(lang.AbbreviatedNames)
	c.ablativeCases, _ = l.(lang.AblativeCases)
	c.acronymPlurals, _ = l.(lang.AcronymPlurals)
	c.adjectiveNouns, _ = l.(lang.AdjectiveNouns)
	c.apostropheSuffixes, _ = l.(lang.ApostropheSuffixes)
	c.bareGenitives, _ = l.(lang.BareGenitives)
	c.betweenWords, _ = l.(lang.BetweenWords)
	c.bodyOffices, _ = l.(lang.BodyOffices)
	c.bodyPronouns, _ = l.(lang.BodyPronouns)
	c.bodyRoles, _ = l.(lang.BodyRoles)
	c.bodyTitles, _ = l.(lang.BodyTitles)
	c.brandPossessives, _ = l.(lang.BrandPossessives)
	c.businessHeads, _ = l.(lang.BusinessHeads)
	c.bylines, _ = l.(lang.Bylines)
	c.capitalAcronyms, _ = l.(lang.CapitalAcronyms)
	c.capitalLeads, _ = l.(lang.CapitalLeads)
	c.capitalizedHeads, _ = l.(lang.CapitalizedHeads)
	c.capitalizedNameEnds, _ = l.(lang.CapitalizedNameEnds)
	c.cardinals, _ = l.(lang.Cardinals)
	c.casePrior, _ = l.(lang.CasePrior)
	c.citationFormer, _ = l.(lang.CitationFormer)
	c.closedClassWords, _ = l.(lang.ClosedClassWords)
	c.closingSayings, _ = l.(lang.ClosingSayings)
	c.clubNames, _ = l.(lang.ClubNames)
	c.clubNouns, _ = l.(lang.ClubNouns)
	c.colorNicknames, _ = l.(lang.ColorNicknames)
	c.commonAcronyms, _ = l.(lang.CommonAcronyms)
	c.commonWordNames, _ = l.(lang.CommonWordNames)
	c.companyContext, _ = l.(lang.CompanyContext)
	c.companyDeeds, _ = l.(lang.CompanyDeeds)
	c.competitionHeads, _ = l.(lang.CompetitionHeads)
	c.competitionOpeners, _ = l.(lang.CompetitionOpeners)
	c.courseTails, _ = l.(lang.CourseTails)
	c.definiteArticles, _ = l.(lang.DefiniteArticles)
	c.dictionaryForms, _ = l.(lang.DictionaryForms)
	c.dictionaryWords, _ = l.(lang.DictionaryWords)
	c.facilityHeads, _ = l.(lang.FacilityHeads)
	c.fieldTitles, _ = l.(lang.FieldTitles)
	c.finiteVerbs, _ = l.(lang.FiniteVerbs)
	c.foreignScriptNames, _ = l.(lang.ForeignScriptNames)
	c.foreignSurnames, _ = l.(lang.ForeignSurnames)
	c.founderHeads, _ = l.(lang.FounderHeads)
	c.functionWords, _ = l.(lang.FunctionWords)
	c.givenNames, _ = l.(lang.GivenNames)
	c.groupWords, _ = l.(lang.GroupWords)
	c.headTails, _ = l.(lang.HeadTails)
	c.inflectedNames, _ = l.(lang.InflectedNames)
	c.interviewVerbs, _ = l.(lang.InterviewVerbs)
	c.kindAfterNames, _ = l.(lang.KindAfterNames)
	c.kindAfterRange, _ = l.(lang.KindAfterRange)
	c.kindDefinitions, _ = l.(lang.KindDefinitions)
	c.languageNames, _ = l.(lang.LanguageNames)
	c.latinOrgHeads, _ = l.(lang.LatinOrgHeads)
	c.leadingOrgHeads, _ = l.(lang.LeadingOrgHeads)
	c.legalForms, _ = l.(lang.LegalForms)
	c.loneBodies, _ = l.(lang.LoneBodies)
	c.lowerCompassWords, _ = l.(lang.LowerCompassWords)
	c.marketIndexes, _ = l.(lang.MarketIndexes)
	c.matchSides, _ = l.(lang.MatchSides)
	c.memberTitles, _ = l.(lang.MemberTitles)
	c.minuteMarks, _ = l.(lang.MinuteMarks)
	c.motionVerbs, _ = l.(lang.MotionVerbs)
	c.nameCues, _ = l.(lang.NameCues)
	c.nameFinder, _ = l.(lang.NameFinder)
	c.nameGenders, _ = l.(lang.NameGenders)
	c.namePrepositions, _ = l.(lang.NamePrepositions)
	c.namingWords, _ = l.(lang.NamingWords)
	c.openingBodies, _ = l.(lang.OpeningBodies)
	c.openingSubjects, _ = l.(lang.OpeningSubjects)
	c.opponentWords, _ = l.(lang.OpponentWords)
	c.organizationAcronyms, _ = l.(lang.OrganizationAcronyms)
	c.organizationAppositions, _ = l.(lang.OrganizationAppositions)
	c.organizationBeforeQuote, _ = l.(lang.OrganizationBeforeQuote)
	c.organizationContext, _ = l.(lang.OrganizationContext)
	c.organizationHeads, _ = l.(lang.OrganizationHeads)
	c.organizationKinds, _ = l.(lang.OrganizationKinds)
	c.organizationNameForms, _ = l.(lang.OrganizationNameForms)
	c.organizationNamedAfter, _ = l.(lang.OrganizationNamedAfter)
	c.organizationNounsAfter, _ = l.(lang.OrganizationNounsAfter)
	c.organizationOwnedBefore, _ = l.(lang.OrganizationOwnedBefore)
	c.organizationPhrases, _ = l.(lang.OrganizationPhrases)
	c.organizationPossessions, _ = l.(lang.OrganizationPossessions)
	c.organizationTails, _ = l.(lang.OrganizationTails)
	c.originWords, _ = l.(lang.OriginWords)
	c.palaceHeads, _ = l.(lang.PalaceHeads)
	c.pastTenseVerbs, _ = l.(lang.PastTenseVerbs)
	c.personAppositions, _ = l.(lang.PersonAppositions)
	c.personContext, _ = l.(lang.PersonContext)
	c.personNameParticles, _ = l.(lang.PersonNameParticles)
	c.personPossessions, _ = l.(lang.PersonPossessions)
	c.personTitles, _ = l.(lang.PersonTitles)
	c.officeTitles, _ = l.(lang.OfficeTitles)
	c.placeCases, _ = l.(lang.PlaceCases)
	c.placeContext, _ = l.(lang.PlaceContext)
	c.placeDivisions, _ = l.(lang.PlaceDivisions)
	c.placeGenitives, _ = l.(lang.PlaceGenitives)
	c.placeHeads, _ = l.(lang.PlaceHeads)
	c.placeNameEndings, _ = l.(lang.PlaceNameEndings)
	c.placeNameHeads, _ = l.(lang.PlaceNameHeads)
	c.placeNounsAfter, _ = l.(lang.PlaceNounsAfter)
	c.placePossessions, _ = l.(lang.PlacePossessions)
	c.placeTailNouns, _ = l.(lang.PlaceTailNouns)
	c.placesInBodies, _ = l.(lang.PlacesInBodies)
	c.playerActs, _ = l.(lang.PlayerActs)
	c.pluralNouns, _ = l.(lang.PluralNouns)
	c.pluralVerbs, _ = l.(lang.PluralVerbs)
	c.polities, _ = l.(lang.Polities)
	c.possessiveFirms, _ = l.(lang.PossessiveFirms)
	c.possessiveNames, _ = l.(lang.PossessiveNames)
	c.postalRegions, _ = l.(lang.PostalRegions)
	c.prepositions, _ = l.(lang.Prepositions)
	c.publicationNames, _ = l.(lang.PublicationNames)
	c.quantityWords, _ = l.(lang.QuantityWords)
	c.quoteSpeakers, _ = l.(lang.QuoteSpeakers)
	c.quotedOrganizations, _ = l.(lang.QuotedOrganizations)
	c.reportSources, _ = l.(lang.ReportSources)
	c.reportingVerbs, _ = l.(lang.ReportingVerbs)
	c.saintWords, _ = l.(lang.SaintWords)
	c.seatPhrases, _ = l.(lang.SeatPhrases)
	c.seatPrepositions, _ = l.(lang.SeatPrepositions)
	c.seatRoles, _ = l.(lang.SeatRoles)
	c.sharedSportsWords, _ = l.(lang.SharedSportsWords)
	c.shopWords, _ = l.(lang.ShopWords)
	c.singulars, _ = l.(lang.Singulars)
	c.speakerAdverbs, _ = l.(lang.SpeakerAdverbs)
	c.speakers, _ = l.(lang.Speakers)
	c.sportNames, _ = l.(lang.SportNames)
	c.sportsWords, _ = l.(lang.SportsWords)
	c.stormHeads, _ = l.(lang.StormHeads)
	c.stormNames, _ = l.(lang.StormNames)
	c.subjectParticiples, _ = l.(lang.SubjectParticiples)
	c.teamContext, _ = l.(lang.TeamContext)
	c.teamJoins, _ = l.(lang.TeamJoins)
	c.teamNicknames, _ = l.(lang.TeamNicknames)
	c.teamPossessions, _ = l.(lang.TeamPossessions)
	c.teamWords, _ = l.(lang.TeamWords)
	c.tenureWords, _ = l.(lang.TenureWords)
	c.thingKinds, _ = l.(lang.ThingKinds)
	c.thingNames, _ = l.(lang.ThingNames)
	c.thingPredicates, _ = l.(lang.ThingPredicates)
	c.tradeWords, _ = l.(lang.TradeWords)
	c.venueHeads, _ = l.(lang.VenueHeads)
	c.venueWords, _ = l.(lang.VenueWords)
	c.webServices, _ = l.(lang.WebServices)
	c.workAsides, _ = l.(lang.WorkAsides)
	c.tokenCues, _ = l.(lang.TokenCues)
	if c.tokenCues == nil {
		c.tokenCues = lang.AskedCues(l)
	}
	return c
}

// capsOf returns l's capabilities: l itself where Recognize handed it to
// the rule (a *language), else resolved anew (a rule called on its own,
// as the tests call them).
func capsOf(l lang.Language) *language {
	if c, ok := l.(*language); ok {
		return c
	}
	return newLanguage(l)
}

// plain returns the lang.Language that l stands for, to be handed to
// another package: l itself unless it is a *language.
func plain(l lang.Language) lang.Language {
	if c, ok := l.(*language); ok {
		return c.Language
	}
	return l
}

// languageOf returns l's *language, made at l's first document and kept
// for the next ones (by its code, for the l it was made of).
//
// The one found last is asked first: a process tags one language, or
// runs of one, and the comparison of two interface values spares the
// map's look-up, the code's call and sameLanguage's reflection (about
// 300 instructions a document, 0.1M an op of BenchmarkExtract's lines).
// It cannot panic where sameLanguage would not: r.last holds only a
// language sameLanguage accepted, whose type is comparable, and values
// of two types are unequal without a comparison of their values.
func (r *Recognizer) languageOf(l lang.Language) *language {
	if c := r.last.Load(); c != nil && c.Language == l {
		return c
	}
	if c, ok := r.languages.Load(l.Code()); ok {
		if c := c.(*language); sameLanguage(c.Language, l) {
			r.last.Store(c)
			return c
		}
		return newLanguage(l) // another language of the same code: not kept
	}
	c, _ := r.languages.LoadOrStore(l.Code(), newLanguage(l))
	if c := c.(*language); sameLanguage(c.Language, l) {
		r.last.Store(c)
		return c
	}
	return newLanguage(l)
}

// sameLanguage reports whether a and b are the same language value; a
// type that cannot be compared never is (== would panic).
func sameLanguage(a, b lang.Language) bool {
	t := reflect.TypeOf(a)
	return t != nil && t == reflect.TypeOf(b) && t.Comparable() && a == b
}
