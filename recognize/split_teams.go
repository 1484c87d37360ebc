package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// splitTeamWord makes an organization's mention that is a team word and a
// place the gazetteer knows (lang.TeamWords: Russian "сборной США",
// "Сборная России") the place's mention alone, as news annotation has it
// ("Сборная [[США|LOC]]"): the team word is no name. FactRuEval agrees
// (17 of its 19 forms of сборная are outside a name). ents are sorted and
// non-overlapping, and stay so.
//
// Chosen on dev data (cmd/evaluate -lang ru -pipeline), F1 without → with
// the rule: held-out FactRuEval (-doc 20) 0.8715 → 0.8766 (сборной США,
// сборной Бразилии, Сборная России), NTREX Russian dev 0.7995 → 0.8001
// (сборной Индонезии).
func splitTeamWord(doc *annotation.Document, ents []annotation.Entity, l lang.Language, g *gazetteer.Gazetteer) {
	tw := capsOf(l).teamWords
	if tw == nil || g == nil {
		return
	}
	for i := range ents {
		e := &ents[i]
		if e.Type != annotation.Organization || e.Last-e.First < 2 || !tw.TeamWord(lang.FoldToken(&doc.Tokens[e.First], l)) {
			continue
		}
		ms := g.Match(doc.Tokens[e.First+1:e.Last], plain(l))
		if len(ms) != 1 || ms[0].First != 0 || ms[0].Last != e.Last-e.First-1 || len(ms[0].Candidates) == 0 {
			continue
		}
		best := ms[0].Candidates[0]
		if annotation.Type(best.Type) != annotation.Location {
			continue
		}
		m := doc.Mention(e.First+1, e.Last, annotation.Location, e.Score, e.Source+"+rule")
		m.ID, m.Canonical = best.ID, best.Name(l.Code())
		*e = m
	}
}
