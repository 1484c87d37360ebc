package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// teamsAfterJoinWords makes an organization of a place or person mention
// that the words before it make the team a player plays for, signs for or
// is traded to (lang.TeamJoins: "played for Footscray", "traded to the
// Toronto Blue Jays", "on loan from Hearts"), and of the names listed
// after it with "and" or a comma ("played for the Rochester Jeffersons and
// Buffalo Bisons"): a club is mostly named after its town, and a franchise
// the tagger never saw reads as a person. A place the gazetteer knows as a
// nation that fields national sides keeps its type (nationalSide: "played
// for England" is the place in news annotation), and so does a person it
// knows ("played for Obama"), and a person of two words or more that
// opens with a given name the language knows (lang.GivenNames: "played for
// Paul McCartney at his birthday"). It runs in any sentence, not only a sports
// report's: a biography's "played for Footscray and North Melbourne" has
// no other sports word. It returns the texts of the mentions it retyped.
//
// Chosen on dev data (cmd/evaluate -pipeline -lang en), without → with
// the rule: wikigold scored with a model trained without it (the proxy of
// ner/models/README.md) ORGANIZATION recall 0.464 → 0.468 (Lausanne, the
// Toronto Blue Jays, North Melbourne), -doc 10 0.484 → 0.488; the shipped
// model on wikigold, NTREX English dev (both ways), Universal NER EWT dev,
// GUM dev and BTC dev unchanged. With "sign for" and "play for" too,
// NTREX English dev lost "a good sign for Morrisey".
func teamsAfterJoinWords(doc *annotation.Document, ents []annotation.Entity, l lang.Language, g *gazetteer.Gazetteer) (names []string) {
	tj := capsOf(l).teamJoins
	if tj == nil {
		return nil
	}
	da := capsOf(l).definiteArticles
	gn := capsOf(l).givenNames
	toks := doc.Tokens
	namedPerson := func(e *annotation.Entity) bool {
		return gn != nil && e.Last-e.First > 1 && gn.GivenName(lang.FoldToken(&toks[e.First], l))
	}
	retype := func(e *annotation.Entity) bool {
		switch {
		case e.Type == annotation.Location && !nationalSide(e.ID, g),
			e.Type == annotation.Person && e.ID == "" && !namedPerson(e):
			toOrganization(e)
			names = append(names, e.Text)
			return true
		}
		return e.Type == annotation.Organization
	}
	for i := range ents {
		k := ents[i].First - 1
		if k >= 0 && da != nil && da.DefiniteArticle(toks[k].Text) {
			k--
		}
		if k < 0 || !lowerCaseWord(&toks[k]) {
			continue
		}
		prev := ""
		if k > 0 && toks[k-1].Kind == lang.Word {
			prev = lang.FoldToken(&toks[k-1], l)
		}
		if !tj.JoinsTeam(prev, lang.FoldToken(&toks[k], l)) {
			continue
		}
		// The list after the first team: each next name right after "and"
		// or a comma that follows the one before.
		for j := i; j < len(ents) && retype(&ents[j]); j++ {
			if j+1 == len(ents) || !listedNext(toks, ents[j].Last, ents[j+1].First, l) {
				break
			}
		}
	}
	return names
}

// listedNext reports whether the tokens from end to next (a mention's end
// and the next mention's start) are one comma or one "and", so that the
// next mention is listed with the one before it.
func listedNext(toks []lang.Token, end, next int, l lang.Language) bool {
	if next != end+1 {
		return false
	}
	t := &toks[end]
	if t.Text == "," {
		return true
	}
	fw := capsOf(l).functionWords
	return fw != nil && lowerCaseWord(t) && fw.JoinsNames(lang.FoldToken(t, l))
}
