package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// trimMemberTail cuts off the end of a place or organization mention the
// words that name a person by party or office after a place ("The Los
// Angeles Democrat asserted", "U.S. Sens . Graham and Lee"): a party
// member's word (lang.GroupWords) or an honorific, plural or not
// (lang.NameCues' PersonTitle: Sen., and its plural, lang.Singulars: Sens). The tagger reads the place and
// the word as one body. Only where what is left is a place the gazetteer
// knows, which it becomes: "North Korean" is no "North", "Democratic Sen."
// no "Democratic". ents are changed in place.
func trimMemberTail(doc *annotation.Document, ents []annotation.Entity, l lang.Language, g *gazetteer.Gazetteer) {
	gw := capsOf(l).groupWords
	nc := capsOf(l).nameCues
	sg := capsOf(l).singulars
	if gw == nil || nc == nil || g == nil {
		return
	}
	toks := doc.Tokens
	for i := range ents {
		e := &ents[i]
		if e.Type != annotation.Organization && e.Type != annotation.Location || e.ID != "" {
			continue
		}
		last := e.Last
		for last-e.First > 1 {
			norm := lang.FoldToken(&toks[last-1], l)
			if !gw.IsGroupWord(norm) && nc.Cue(norm) != lang.PersonTitle && (sg == nil || nc.Cue(sg.Singular(norm)) != lang.PersonTitle) {
				break
			}
			last--
		}
		if last == e.Last {
			continue
		}
		place := placeEntry(g.Lookup(doc.Text[toks[e.First].Start:toks[last-1].End], ""))
		if place == nil {
			continue
		}
		*e = doc.Mention(e.First, last, annotation.Location, e.Score, e.Source+"+rule")
		e.ID, e.Canonical = place.ID, place.Name(l.Code())
	}
}

// trimMemberTitle cuts an elected member's title (lang.MemberTitles) off
// the end of an organization's mention of two words or more: the tagger
// reads "Labour MP" as one body, and the guideline keeps a title outside
// the name it follows (the party's mention is "Labour"). ents are changed
// in place.
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with: NTREX
// English dev 0.8989 → 0.8996 (ten lines 0.9197 → 0.9203, by article
// 0.9277 → 0.9283: "the local Labour MP"), EWT, GUM, WNUT-17, BTC and re3d
// unchanged; Turkish and Russian implement no lang.MemberTitles.
func trimMemberTitle(doc *annotation.Document, ents []annotation.Entity, l lang.Language) {
	mt := capsOf(l).memberTitles
	if mt == nil {
		return
	}
	toks := doc.Tokens
	for i := range ents {
		e := &ents[i]
		if e.Type == annotation.Organization && e.Last-e.First > 1 && e.ID == "" && mt.MemberTitle(toks[e.Last-1].Text) {
			*e = doc.Mention(e.First, e.Last-1, annotation.Organization, e.Score, e.Source+"+rule")
		}
	}
}
