package recognize

import "github.com/varlik/varlik/annotation"
import "github.com/varlik/varlik/lang"

// trimCourseTails cuts off an organization's mention the phrase telling
// what one studied there and all after it (lang.CourseTails: "Болонский
// университет по специальности" → Болонский университет, "Ленинградскую
// консерваторию по классу ударных инструментов" → Ленинградскую
// консерваторию): the tagger, which has seen bodies' names go on after по
// (Комитет по делам молодёжи), runs a school's name into the phrase. A
// mention the phrase opens is left alone.
//
// Chosen on dev data (cmd/evaluate -lang ru -pipeline), F1 without → with
// the rule: WikiNER held-out (ner/models/README.md) unchanged at 0.8342,
// as its silver labels read these schools as places; its copy with the
// schools' spans made organizations (docs/accuracy.md) 0.8466 → 0.8473
// (three tails cut, none lost); NTREX Russian dev and held-out FactRuEval
// unchanged.
func trimCourseTails(doc *annotation.Document, ents []annotation.Entity, l lang.Language) {
	ct := capsOf(l).courseTails
	if ct == nil {
		return
	}
	toks := doc.Tokens
	for i := range ents {
		e := &ents[i]
		if e.Type != annotation.Organization {
			continue
		}
		for k := e.First + 1; k+1 < e.Last; k++ {
			if ct.CourseTail(lang.FoldToken(&toks[k], l), lang.FoldToken(&toks[k+1], l)) {
				*e = doc.Mention(e.First, k, e.Type, e.Score, e.Source+"+rule")
				break
			}
		}
	}
}
