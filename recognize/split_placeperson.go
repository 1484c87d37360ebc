package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// splitPlaceOffPerson cuts a place the gazetteer knows off the front of a
// person's mention of three or more words: Russian writes a role's place
// in the genitive between the role and the name (президент Ирана Махмуд
// Ахмадинежад, Премьер-министр Македонии Зоран Заев), and the tagger,
// or trimLeadingTitles taking the role off, leaves the place in the
// person's mention. Only in a language that inflects names
// (lang.InflectedNames), whose places come before the name so. ents are
// sorted and non-overlapping, and stay so.
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the rule:
// held-out FactRuEval dev (-doc 20) 0.8862 → 0.8889 (Ирана Махмуд
// Ахмадинежад), NTREX Russian dev 0.8380 → 0.8390 (США Майк Помпео, after
// trimLeadingTitles took Госсекретарь off); Turkish and English inflect
// no names (lang.InflectedNames).
func splitPlaceOffPerson(doc *annotation.Document, ents []annotation.Entity, l lang.Language, g *gazetteer.Gazetteer) []annotation.Entity {
	in := capsOf(l).inflectedNames
	if in == nil || !in.InflectsNames() || g == nil {
		return ents
	}
	return replaceMentions(ents, func(e *annotation.Entity) []annotation.Entity {
		place, ok := leadingPlace(doc, *e, l, g)
		if !ok {
			return nil
		}
		return []annotation.Entity{place, doc.Mention(e.First+1, e.Last, annotation.Person, e.Score, e.Source+"+rule")}
	})
}

// leadingPlace returns the mention of the place the gazetteer knows that
// is the first word of e, a person's mention of three or more words that
// the gazetteer does not know.
func leadingPlace(doc *annotation.Document, e annotation.Entity, l lang.Language, g *gazetteer.Gazetteer) (annotation.Entity, bool) {
	if e.Type != annotation.Person || e.ID != "" || e.Last-e.First < 3 {
		return annotation.Entity{}, false
	}
	ms := g.Match(doc.Tokens[e.First:e.First+1], plain(l))
	if len(ms) != 1 || ms[0].Last != 1 || len(ms[0].Candidates) == 0 || annotation.Type(ms[0].Candidates[0].Type) != annotation.Location {
		return annotation.Entity{}, false
	}
	best := ms[0].Candidates[0]
	m := doc.Mention(e.First, e.First+1, annotation.Location, e.Score, e.Source+"+rule")
	m.ID, m.Canonical = best.ID, best.Name(l.Code())
	return m, true
}
