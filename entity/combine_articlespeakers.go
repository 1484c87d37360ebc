package entity

import (
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/internal/mention"
	"github.com/varlik/varlik/lang"
)

// addArticleSpeakers makes the one capitalized word between the definite
// article and a verb of saying or reporting an organization's
// (lang.ArticleSpeakers): "the Advocate reports", "the Hill reported",
// "the Pentagon said". News writes no article before a person's name, so
// a tagger's person there is a newspaper, a ministry or a company, and a
// word it left out is one too (the speakers rule would make it a person).
// The word is no title or role (lang.NameCues: The President said), no
// party or faith word (lang.GroupWords: the Democrat said) and no nation's
// people (the American said); a person or place mention of it that the
// gazetteer gave no ID becomes an organization, and where no mention holds
// it one is added. ents are sorted and non-overlapping, and stay so.
//
// Chosen on dev data (cmd/evaluate -pipeline, one document a sentence),
// F1 without → with: NTREX English dev 0.8344 → 0.8355 (the Advocate
// reports; the Hill reported, a person before), crosslingual dev (720 of
// 1038) and UNER EWT dev (0.7414) unchanged; Turkish and Russian implement
// no lang.ArticleSpeakers.
func addArticleSpeakers(doc *Document, ents []Entity, l lang.Language, g *gazetteer.Gazetteer) []Entity {
	as, _ := l.(lang.ArticleSpeakers)
	if as == nil {
		return ents
	}
	nc, _ := l.(lang.NameCues)
	gw, _ := l.(lang.GroupWords)
	toks := doc.Tokens
	var added []Entity
	j := 0 // the first mention ending after token i
	for i := 1; i+1 < len(toks); i++ {
		t := &toks[i]
		if t.Kind != lang.Word || !lang.StartsUpper(t.Text) || toks[i-1].Kind != lang.Word || toks[i+1].Kind != lang.Word ||
			!as.OrganizationSpeaks(lang.FoldToken(&toks[i-1], l), lang.FoldToken(&toks[i+1], l)) {
			continue
		}
		norm := lang.FoldToken(t, l)
		if nc != nil && nc.Cue(norm) != lang.NoCue && nc.Cue(norm) != lang.OrgHead || gw != nil && gw.IsGroupWord(norm) || g.IsDemonym(t.Text, l) {
			continue
		}
		for j < len(ents) && ents[j].Last <= i {
			j++
		}
		switch {
		case j == len(ents) || ents[j].First > i:
			added = append(added, doc.Mention(i, i+1, Organization, 0.5, "rule"))
		case ents[j].First == i && ents[j].Last == i+1 && ents[j].Type != Organization && ents[j].ID == "":
			ents[j].Type, ents[j].Canonical = Organization, ""
			ents[j].Source += "+rule"
		}
	}
	return mention.MergeByStart(ents, added)
}
