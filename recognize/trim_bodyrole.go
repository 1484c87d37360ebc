package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// trimLeadingBodyRole cuts a role in a body and its preposition off the
// front of an organization's mention (lang.BodyRoles: "Member of Congress",
// "Chairman of the Federal Reserve"): the tagger reads the capitalized
// role as the start of the name, and the guideline keeps a role outside
// the body's name. Only where what is left names a body by itself: a word
// the language knows to name one alone (lang.LoneBodies: Congress), a name
// the gazetteer holds as an organization, or a name of two capitalized
// words or more ("Member of the Welsh Parliament"; not "Head of State").
// An article after the preposition goes with the role. ents are changed in
// place.
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with: NTREX
// English dev 0.8996 → 0.9003 (ten lines 0.9203 → 0.9210, by article
// 0.9283 → 0.9290: "a Member of Congress"), EWT, GUM, WNUT-17, BTC and re3d
// unchanged; Turkish and Russian implement no lang.BodyRoles.
func trimLeadingBodyRole(doc *annotation.Document, ents []annotation.Entity, l lang.Language, g *gazetteer.Gazetteer) {
	br := capsOf(l).bodyRoles
	if br == nil {
		return
	}
	lb := capsOf(l).loneBodies
	da := capsOf(l).definiteArticles
	toks := doc.Tokens
	for i := range ents {
		e := &ents[i]
		if e.Type != annotation.Organization || e.ID != "" || e.Last-e.First < 3 || !capitalizedWord(&toks[e.First]) ||
			toks[e.First+1].Kind != lang.Word || !br.BodyRole(lang.FoldToken(&toks[e.First], l), lang.FoldToken(&toks[e.First+1], l)) {
			continue
		}
		first := e.First + 2
		if first+1 < e.Last && da != nil && da.DefiniteArticle(toks[first].Text) {
			first++
		}
		if !capitalizedWord(&toks[first]) {
			continue
		}
		body := e.Last-first >= 2 && capitalizedWord(&toks[e.Last-1]) ||
			e.Last-first == 1 && lb != nil && lb.NamesBody(lang.FoldToken(&toks[first], l)) ||
			gazetteerKnows(g, doc.Text[toks[first].Start:toks[e.Last-1].End], isOrganization)
		if body {
			*e = doc.Mention(first, e.Last, annotation.Organization, e.Score, e.Source+"+rule")
		}
	}
}
