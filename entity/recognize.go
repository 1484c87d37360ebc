package entity

import (
	"context"
	"sort"
	"strings"

	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/internal/checkpoint"
	"github.com/varlik/varlik/lang"
)

// recognize finds the entity mentions of doc, sorted by Start and
// non-overlapping. Each sentence's spans come from the language's model
// where it has one (it uses the gazetteer as features), else from the
// language's own recognizer (lang.NameFinder: prose for English);
// mergeGazetteer then gives them gazetteer entries and adds the gazetteer
// matches they missed; link.AddShortMentions finally adds the short
// mentions of people that the document's full names reveal (Li of Li
// Qiang). This is the only stage that adds entities: linking only links.
func (x *Extractor) recognize(ctx context.Context, doc *Document, l lang.Language) ([]Entity, error) {
	m := x.model(l.Code())
	finder, _ := l.(lang.NameFinder)
	if m != nil {
		finder = nil
	}
	if saved := x.truecaseCaps(doc, l, m); saved != nil {
		defer restoreCase(doc, saved) // truecase.go: headlines in capitals, text in lower case
	}
	var found []Span // document-wide, token indices into doc.Tokens
	source := "model"
	if finder != nil {
		var err error
		if found, source, err = findNames(ctx, doc, finder); err != nil {
			return nil, err
		}
	}
	var ents []Entity
	var spanBuf []Span                         // the model's spans of each window in turn (TagMatchedInto)
	var matchBuf []gazetteer.Match             // the gazetteer's matches of each window in turn (MatchInto)
	var misc []Span                            // the model's names of other kinds (MISC), document-wide
	_, wantMisc := l.(lang.ForeignScriptNames) // addForeignScriptNames reads them
	for _, s := range doc.Sentences {
		for first := s.First; first < s.Last; {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			last := windowEnd(doc.Tokens, first, s.Last)
			toks := doc.Tokens[first:last]
			matches := x.gaz.MatchInto(&matchBuf, toks, l)
			var spans []Span
			switch {
			case m != nil:
				if !wantMisc {
					spans = m.TagMatchedInto(&spanBuf, toks, l, matches)
					break
				}
				var other []Span
				spans, other = m.TagMatchedMiscInto(&spanBuf, toks, l, matches)
				for _, sp := range other {
					sp.First, sp.Last = sp.First+first, sp.Last+first
					misc = append(misc, sp)
				}
			case finder != nil:
				spans, found = sentenceSpans(found, lang.Sentence{First: first, Last: last})
			}
			// About one entity a span or match, and at most one a token
			// (splitAtHyphens may add some: append makes room for them).
			ents = growFor(ents, min(len(spans)+len(matches), last-first), first, len(doc.Tokens))
			ents = mergeGazetteer(ents, doc, first, spans, source, matches, l)
			first = last
		}
	}
	ents = addBracketAcronyms(doc, ents)
	stop := checkpoint.New(ctx)
	kept := ents[:0]
	for i := range ents {
		if stop.Done() {
			return nil, stop.Err()
		}
		if trimAcronymPlural(&ents[i], doc, l) && plausible(&ents[i]) && !demonym(&ents[i], x.gaz, l) &&
			!groupWord(&ents[i], doc, l) && !competition(&ents[i], doc, l) && !commonAcronym(&ents[i], doc, l) {
			kept = append(kept, ents[i])
		}
	}
	kept = joinHyphenParts(doc, kept)
	kept = joinHyphenatedNames(doc, kept)
	kept = dropInflectedWords(doc, kept, l, x.gaz)
	kept = dropCommonOpeners(doc, kept, l, m)
	kept = dropDictionaryOpeners(doc, kept, l, m)
	trimLowerTail(doc, kept, l)
	trimOriginWord(doc, kept, l, x.gaz)
	joinInitials(doc, kept)
	kept = expandAbbreviatedNames(doc, kept, l, x.gaz, &x.abbreviable)
	kept = cutPersonEdges(doc, kept, x.gaz, l)
	kept = splitAtHonorific(doc, kept, l, x.gaz)
	trimLeadingTitles(doc, kept, l)
	trimLeadingPreposition(doc, kept, l)
	kept = splitPlaceOffPerson(doc, kept, l, x.gaz)
	kept = splitRolePlaceOffPerson(doc, kept, l)
	kept = splitPlaceOwner(doc, kept, l, x.gaz)
	kept = splitPlaceRegion(doc, kept, l, x.gaz)
	kept = splitPairBeforeBetween(doc, kept, l, x.gaz)
	kept = splitPersonOf(doc, kept, l, x.gaz)
	countriesAsPlaces(kept, l, x.gaz)
	webServicesAsOrganizations(doc, kept, l)
	trimLowerHead(doc, kept, l)
	trimPlaceStart(doc, kept)
	trimPlaceDivision(doc, kept, l)
	kept = splitAtInnerDivision(doc, kept, l)
	widenToOrgHead(doc, kept, l)
	placesWithOrgHead(doc, kept, l)
	kept = joinPossessiveHead(doc, kept, l, x.gaz)
	extendOrgNames(doc, kept, l)
	kept = addHeadedBodies(doc, kept, l)
	kept, acronyms := definedAcronyms(doc, kept, l)
	kept = addLoneBodies(doc, kept, l)
	kept = qualifiedLoneBodies(doc, kept, l)
	kept = joinCoordinatedBodies(doc, kept, l)
	kept = dropThings(doc, kept, l)
	kept = dropNamedThings(doc, kept, l)
	kept = dropWorkTitles(doc, kept, l)
	kept = dropLanguages(doc, kept, l)
	kept = dropQuoteOpeners(doc, kept)
	placesBeforePlaceHead(doc, kept, l)
	kept = addOrganizationsByForm(doc, kept, l, x.gaz, misc)
	kept = splitPersonAtLowerWords(doc, kept, l)
	kept = dropKindedThings(doc, kept, l)
	kept = dropDefinedThings(doc, kept, l)
	orgs := append(acronyms, retypeByContext(doc, kept, l, x.gaz)...)
	orgs = append(orgs, retypeByPhraseBefore(doc, kept, l, x.gaz)...)
	orgs = append(orgs, teamsAfterClubNoun(doc, kept, l, x.gaz)...)
	orgs = append(orgs, companiesByLegalForm(doc, kept, l)...)
	kept = placesAfterLegalForms(doc, kept, l, x.gaz)
	kept, leading := bodiesByLeadingHead(doc, kept, l)
	orgs = append(orgs, leading...)
	kept, shared := companiesBeforeShares(doc, kept, l, x.gaz, m)
	orgs = append(orgs, shared...)
	orgs = append(orgs, retypeByPronoun(doc, kept, l)...)
	kept, ampersand := ampersandNames(doc, kept, l, x.gaz)
	orgs = append(orgs, ampersand...)
	kept, companies := addCompanies(doc, kept, l, x.gaz)
	orgs = append(orgs, companies...)
	orgs = append(orgs, refineOrganizations(doc, kept, l, x.gaz)...)
	orgs = append(orgs, retypeByPluralVerb(doc, kept, l)...)
	sports := sportsSentences(doc, l)
	kept, clubs := retypeClubs(doc, kept, l, x.gaz, sports)
	orgs = append(orgs, clubs...)
	orgs = append(orgs, clubsByDistinctName(doc, kept, l, x.gaz)...)
	orgs = append(orgs, townsAsTeams(doc, kept, l, x.gaz, sports)...)
	orgs = append(orgs, teamsFacingOpponents(doc, kept, l, x.gaz, sports)...)
	kept = splitAtMatchVerbs(doc, kept, l, sports)
	orgs = append(orgs, teamsBesideMatchVerbs(doc, kept, l, x.gaz, sports)...)
	kept, nicknames := teamsByNickname(doc, kept, l, sports)
	orgs = append(orgs, nicknames...)
	kept, colors := teamsByColorNickname(doc, kept, l, sports)
	orgs = append(orgs, colors...)
	kept, facingTeams := addSidesFacingTeams(doc, kept, l, sports)
	orgs = append(orgs, facingTeams...)
	kept = addPlayerActs(doc, kept, l, sports)
	orgs = append(orgs, retypeHeadedPeople(doc, kept, l)...)
	orgs = append(orgs, joinBusinessHeads(doc, kept, l)...)
	orgs = append(orgs, retypeListsOfKind(doc, kept, l, x.gaz)...)
	widenToAdjectiveNoun(doc, kept, l)
	retypePeopleByContext(doc, kept, l)
	kept = addParticipleSubjects(doc, kept, l)
	retypePlacesByContext(doc, kept, l)
	retypePersonOwners(doc, kept, l)
	placesByPossession(doc, kept, l)
	splitTenureOwners(doc, kept, l, x.gaz, m)
	kept = addStreetNames(doc, kept, l)
	kept = addPostalRegions(doc, kept, l)
	kept, brands := brandsBeforePossessive(doc, kept, l)
	orgs = append(orgs, brands...)
	kept, nouned := organizationsBeforeNoun(doc, kept, l, x.gaz, m)
	orgs = append(orgs, nouned...)
	kept, examples := examplesOfKinds(doc, kept, l, x.gaz)
	orgs = append(orgs, examples...)
	kept, kinds := kindAppositions(doc, kept, l, x.gaz)
	orgs = append(orgs, kinds...)
	kept, listed := completeLists(doc, kept, l)
	orgs = append(orgs, listed...)
	kept, teams := teamsAroundScores(doc, kept, x.gaz)
	kept, rows := teamsInResultRows(doc, kept, l, x.gaz, sports)
	teams = append(teams, rows...)
	kept = joinPlaceToBody(doc, kept, l)
	kept = joinBodyToPlace(doc, kept, l, x.gaz)
	kept = addPublications(doc, kept, l)
	orgs = append(orgs, publicationsReadAsPeople(doc, kept, l)...)
	kept, bodies := bodiesBeforeSaying(doc, kept, l, x.gaz)
	orgs = append(orgs, bodies...)
	kept, sites := sitesBeforeSaying(doc, kept, l)
	orgs = append(orgs, sites...)
	kept = addApposedPeople(doc, kept, l, x.gaz)
	kept = dropThingsNamedElsewhere(doc, kept, l)
	kept = dropStorms(doc, kept, l)
	kept = dropQuotedLetters(kept)
	kept = joinCapitalSurnames(doc, kept, l, x.gaz, func(k int) bool { a, ok := knownAcronym(doc, k, x.gaz, l); return ok && a.Type == Organization })
	kept, designated := joinClubDesignators(doc, kept)
	orgs = append(orgs, designated...)
	kept, founded := joinFounderToBody(doc, kept, l)
	orgs = append(orgs, founded...)
	spreadOrganizations(kept, append(orgs, teams...), x.gaz)
	spreadOrganizationForms(doc, kept, l, x.gaz)
	placesNamedAsPeople(doc, kept, l, x.gaz)
	placesBeforeRegion(doc, kept, l, m, x.gaz)
	placesByLocative(doc, kept, l, m)
	placesByLocativeClub(doc, kept, l, x.gaz)
	kept = placesBeforePlaceNoun(doc, kept, l, x.gaz, m)
	peopleInLists(doc, kept, l, x.gaz)
	surnamesInLists(doc, kept, l)
	placesInLists(doc, kept, l)
	kept = addLineupPlayers(doc, kept, l, x.gaz)
	kept = addVenues(doc, kept, l, m)
	trimOrgArticle(doc, kept, l)
	trimCourseTails(doc, kept, l)
	trimMemberTail(doc, kept, l, x.gaz)
	kept = splitJoinedNames(doc, kept, l, x.gaz)
	kept = joinInvertedNames(doc, kept)
	joinBareGenitives(doc, kept, l)
	kept = cleanCapsMentions(doc, kept, l)
	saidOpenersAsPeople(doc, kept, l, x.gaz)
	doc.Entities = kept
	if err := x.linker.AddShortMentionsContext(ctx, doc, l); err != nil {
		return nil, err
	}
	// After the short mentions, which link a sentence's first word to the
	// full name before it (Ли of Ли Цян).
	doc.Entities = addOpeningPeople(doc, doc.Entities, l)
	doc.Entities = addSpeakers(doc, doc.Entities, l)
	doc.Entities = addQuoteSpeakers(doc, doc.Entities, l, x.gaz, m)
	return doc.Entities, nil
}

// maxWindowTokens and maxWindowBytes bound the tokens recognized at once.
// A news sentence is far shorter, so news is recognized sentence by
// sentence; a text with no sentence ends (a list, a table, garbage) or
// with huge tokens (runs of marks) is cut into windows, so that the
// tagger's buffers stay small and cancellation is noticed within one
// window's work.
const (
	maxWindowTokens = 1024
	maxWindowBytes  = 64 << 10
)

// windowEnd returns the end of the window of tokens starting at first in
// a sentence ending at last: last itself if the rest fits, else just after
// the last punctuation token in the second half of the next
// maxWindowTokens tokens within maxWindowBytes (a name does not straddle
// it), else their end. A window holds at least one token.
func windowEnd(toks []lang.Token, first, last int) int {
	end := min(last, first+maxWindowTokens)
	if limit := toks[first].Start + maxWindowBytes; toks[end-1].End > limit {
		// The first token past the byte budget ends the window.
		end = first + max(1, sort.Search(end-first, func(k int) bool { return toks[first+k].End > limit }))
	}
	if end == last {
		return last
	}
	for i := end - 1; i > first+(end-first)/2; i-- {
		if toks[i].Kind == lang.Punct {
			return i + 1
		}
	}
	return end
}

// findNames returns the finder's mentions of doc that fall on token
// boundaries, in order and non-overlapping, and the finder's source name.
func findNames(ctx context.Context, doc *Document, finder lang.NameFinder) ([]Span, string, error) {
	names, err := finder.FindNames(ctx, doc.Text)
	if err != nil {
		return nil, "", err
	}
	source := ""
	var spans []Span
	for _, n := range names {
		first, last, ok := doc.TokenRange(n.Start, n.End)
		if ok && (len(spans) == 0 || spans[len(spans)-1].Last <= first) {
			spans = append(spans, Span{First: first, Last: last, Type: Type(n.Type), Score: n.Score})
			source = n.Source
		}
	}
	return spans, source, nil
}

// sentenceSpans splits off the spans of sorted spans that start before
// the end of the window s (a sentence or part of one): it returns those
// lying inside s, relative to s.First, and the spans after s.
func sentenceSpans(spans []Span, s lang.Sentence) (in, rest []Span) {
	for len(spans) > 0 && spans[0].First < s.Last {
		if sp := spans[0]; sp.First >= s.First && sp.Last <= s.Last {
			in = append(in, Span{First: sp.First - s.First, Last: sp.Last - s.First, Type: sp.Type, Score: sp.Score})
		}
		spans = spans[1:]
	}
	return in, spans
}

// demonym reports whether e is a one-word mention that no gazetteer entry
// named and that is a country's nationality word (Russian in "Russian
// Prime Minister"): the news convention does not tag them, and
// recognizers trained on other conventions do, so recognize drops them.
// On the NTREX English dev half F1 went from 0.7384 to 0.7432; Turkish and
// Russian have no demonyms in the gazetteer and are unchanged.
func demonym(e *Entity, g *gazetteer.Gazetteer, l lang.Language) bool {
	return e.Last-e.First == 1 && !strings.Contains(e.Source, "gazetteer") && g.IsDemonym(e.Text, l)
}

// trustedSample is the fraction of a document (one in trustedSample
// tokens) that growFor must have read before it sizes the entity slice
// for the whole document at the density seen: a denser start can then
// make it at most 16 times (and a tenth) too big, and no bigger than
// about a name a token.
const trustedSample = 16

// firstEntities bounds the room growFor makes at a document's first
// names, so that a long document with few names keeps a small slice. The
// news benchmarks' documents (about 400 tokens) stay below it; their bytes
// allocated chose the rate of a name every twelve tokens (every eighth
// allocated more for documents of one line).
const firstEntities = 48

// growFor returns s with room for n more elements. When it must grow, it
// sizes s for the whole document at the density seen so far (done of
// total tokens read) and a tenth more: append grows a large slice by a
// quarter at a time, which allocated five times the final size (35 MB of
// entities for 5.5 MB of news, whose entities take 7 MB). A guess from a
// dense start alone could be far too big (one name, then a megabyte of
// lower-case words), so before a sixteenth of the document is read it
// at most doubles s; from then on the guess is trusted. Doubling all the
// way allocated 18 MB of entities for those 7 MB (each size copied into
// the next), the trusted guess about 9.
func growFor[T any](s []T, n, done, total int) []T {
	if cap(s)-len(s) >= n {
		return s
	}
	want := int(float64(len(s))*float64(total)/float64(max(done, 1))*1.1) + n
	if done < total/trustedSample {
		want = min(want, 2*len(s)+n)
	}
	if len(s) == 0 {
		// The first names make room for the rest of a short document's at
		// once, a name every twelve tokens (news names one every 13 to 16),
		// where growing sentence by sentence copied them several times
		// over; at most firstEntities, so that a long document that names
		// nothing more is not sized by its length.
		want = max(want, min((total-done)/12, firstEntities))
	}
	grown := make([]T, len(s), max(want, len(s)+n, len(s)*5/4))
	copy(grown, s)
	return grown
}
