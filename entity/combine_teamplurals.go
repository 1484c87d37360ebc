package entity

import (
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/internal/mention"
	"github.com/varlik/varlik/lang"
)

// addTeamPlurals tags as an organization a team that a sentence about a
// match (sports) names by a plural nickname (lang.TeamPlurals): "a 5-2 win
// over the Nationals", "The Rockies clinched". The word is capitalized, no
// acronym, no longer name goes on after it (the Rangers Ladies), and it is
// no party or faith word (lang.GroupWords: the Democrats) nor a nation's
// people (the Americans, the gazetteer's demonyms); a one-word person or
// place mention of it the gazetteer gave no ID becomes the team's, and
// where no mention holds it one is added. It returns the new and the
// retyped mentions' texts, so that spreadOrganizations retypes the
// team's other mentions. ents are sorted and non-overlapping, and stay so.
//
// Chosen on dev data (cmd/evaluate -pipeline, one document a sentence),
// F1 without → with: NTREX English dev 0.8274 → 0.8293 (the Nationals
// twice, The Rockies, the Rockies a place before), crosslingual dev 718
// unchanged (the other versions name the teams in full: Вашингтон
// Нэшионалс); UNER EWT dev 0.7410 unchanged; Turkish and Russian
// implement no lang.TeamPlurals.
func addTeamPlurals(doc *Document, ents []Entity, l lang.Language, g *gazetteer.Gazetteer, sports []bool) ([]Entity, []string) {
	tp, _ := l.(lang.TeamPlurals)
	if tp == nil || sports == nil {
		return ents, nil
	}
	gw, _ := l.(lang.GroupWords)
	toks := doc.Tokens
	var added []Entity
	var names []string
	j := 0 // the first mention ending after token i
	for si, s := range doc.Sentences {
		if !sports[si] {
			continue
		}
		for i := max(s.First, 1); i < s.Last; i++ {
			t := &toks[i]
			if t.Kind != lang.Word || !lang.StartsUpper(t.Text) || isAcronym(t.Text) ||
				i+1 < len(toks) && capitalizedWord(&toks[i+1]) || toks[i-1].Kind != lang.Word {
				continue
			}
			norm := lang.FoldToken(t, l)
			if !tp.TeamPlural(lang.FoldToken(&toks[i-1], l), norm) || gw != nil && gw.IsGroupWord(norm) ||
				g.IsDemonym(t.Text, l) || g.IsDemonym(t.Text[:len(t.Text)-1], l) {
				continue
			}
			for j < len(ents) && ents[j].Last <= i {
				j++
			}
			switch {
			case j == len(ents) || ents[j].First > i:
				added = append(added, doc.Mention(i, i+1, Organization, 0.5, "rule"))
				names = append(names, t.Text)
			case ents[j].First == i && ents[j].Last == i+1 && ents[j].Type != Organization && ents[j].ID == "":
				ents[j].Type, ents[j].Canonical = Organization, ""
				ents[j].Source += "+rule"
				names = append(names, t.Text)
			}
		}
	}
	return mention.MergeByStart(ents, added), names
}
