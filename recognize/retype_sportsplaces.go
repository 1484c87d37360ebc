package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// townsAsTeams makes a place mention an organization in a sentence that is
// itself about a match (a match-report word or a score: sportsSentence),
// where the place is a town or a region that fields no national team: in
// a match report a town's name is its club's ("Leeds were held to a draw
// by Udinese", "Surrey, set 280 to win, were 120 for three against
// Warwickshire", "signed the defender from Groningen"). The club rule
// (retypeClubs) does so only for the clubs the gazetteer knows; this one
// reads the sentence instead. A place after a word that makes it the
// match's place keeps its type ("in Leeds", lang.ClubNames.PlaceBefore;
// "at Chelmsford", lang.VenueWords),
// and so does one the gazetteer knows as a country, a continent, a
// territory or a home nation (nationalSide: a national side is a place in
// news annotation) or a one-word place the gazetteer does not know (a
// stadium, "Wembley"; "the Dolomites"). Only for a language whose match
// reports name their sides by the words around them (lang.MatchSides):
// Turkish marks a place by a case ending ("Londra 'da", "Londra 'daki
// maçta"), and its biographies' birthplaces after a footballer's dates
// ("( d. 16 Haziran 1978 , Barselona )") became teams (Turkish Wiki NER
// dev 0.7861 → 0.7815 with the other rules of December 5, before this
// gate); a place with a case ending keeps its type in any language. So
// does a place right before another mention (the club rules join
// "Colorado" to "Rockies") or before a comma and a wide area (an address:
// "at the Etihad Stadium in Manchester, England"). Capitalized words right
// before the town are the club's name's (clubWordsBefore: "Sporting
// Lisbon").
//
// Chosen on dev data: see the figures in its commit and docs/accuracy.md.
// sports holds sportsSentences(doc, l).
func townsAsTeams(doc *annotation.Document, ents []annotation.Entity, l lang.Language, g *gazetteer.Gazetteer, sports []bool) (names []string) {
	cn := capsOf(l).clubNames
	if cn == nil || capsOf(l).matchSides == nil || sports == nil || g == nil {
		return nil
	}
	vw := capsOf(l).venueWords
	for si, j := range sentenceMentions(doc.Sentences, ents) {
		s, e := doc.Sentences[si], &ents[j]
		if !sports[si] || e.Type != annotation.Location || e.ID == "" || nationalSide(e.ID, g) || placeBefore(doc, e, cn, l) ||
			e.Last < s.Last && doc.Tokens[e.Last].Kind == lang.Suffix || addressOrBody(doc, ents, j, g) ||
			vw != nil && e.First > 0 && vw.VenueBefore(lang.FoldToken(&doc.Tokens[e.First-1], l)) {
			continue
		}
		toOrganization(e)
		if first := clubWordsBefore(doc, ents, j, s, l, g); first < e.First {
			*e = doc.Mention(first, e.Last, annotation.Organization, e.Score, e.Source+"+rule")
		}
		names = append(names, e.Text)
	}
	return names
}

// clubWordsBefore returns where the club's name that ents[j], a town made
// a team, ends begins: at up to two capitalized words right before the
// town that no mention holds ("Sporting Lisbon", "Red Star Belgrade",
// "Dynamo Kiev", where the tagger took the town alone), or at the town.
// A function word (lang.ClosedClassWords: "The Lisbon side"), a day or a
// month and a nationality word are no part of a name.
func clubWordsBefore(doc *annotation.Document, ents []annotation.Entity, j int, s lang.Sentence, l lang.Language, g *gazetteer.Gazetteer) int {
	cc := capsOf(l).closedClassWords
	np := capsOf(l).namePrepositions
	first, limit := ents[j].First, s.First
	if j > 0 && ents[j-1].Last > limit {
		limit = ents[j-1].Last
	}
	for first > limit && ents[j].First-first < 2 {
		t := &doc.Tokens[first-1]
		norm := lang.FoldToken(t, l)
		if !capitalizedWord(t) || cc != nil && cc.ClosedClass(norm) || np != nil && np.CalendarWord(norm) || g.IsDemonym(t.Text, plain(l)) {
			break
		}
		first--
	}
	return first
}

// addressOrBody reports whether ents[j] is followed right away by another
// mention, or by a comma and a place the gazetteer knows as a country,
// continent, region or territory.
func addressOrBody(doc *annotation.Document, ents []annotation.Entity, j int, g *gazetteer.Gazetteer) bool {
	if j+1 >= len(ents) {
		return false
	}
	e, next := &ents[j], &ents[j+1]
	return next.First == e.Last || next.First == e.Last+1 && doc.Tokens[e.Last].Text == "," && wideArea(next.ID, g)
}
