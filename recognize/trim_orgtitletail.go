package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// trimOrgTitleTail cuts off the end of an organization's mention the
// roles and honorifics of the person named after it (lang.NameCues'
// PersonRole and PersonTitle: "Ege Üniversitesi Rektörü Prof. Dr. Ayşe
// Kaya", "Deniz Enstitüsü Prof. Dr. Ali Can"): the tagger runs the body
// into the titles that follow it in a list of academics. Only where a
// person's mention follows right after the titles, and what is left ends
// in an organization's head noun (Üniversitesi, Enstitüsü), so that a
// body's own words stay ("Türk - İş Mali Sekreteri" is left whole, and
// Russian "Палата представителей", whose last word is a role noun, with
// no person after it). ents are sorted and are changed in place.
//
// Mined on the Milliyet train split (a local corpus, never committed);
// whole pipeline F1 without → with the rule (cmd/evaluate -pipeline):
// Milliyet train (-doc 30) 0.8566 → 0.8567 (two bodies right), the
// Milliyet dev split 0.8714 → 0.8717, NTREX Turkish dev 0.8897 and (-doc
// 10) 0.9077 unchanged, Turkish Wiki NER dev (tag -in conll) 0.8001
// unchanged.
func trimOrgTitleTail(doc *annotation.Document, ents []annotation.Entity, l lang.Language) {
	nc := capsOf(l).nameCues
	if nc == nil {
		return
	}
	for i := range ents {
		e := &ents[i]
		if e.Type != annotation.Organization || i+1 == len(ents) ||
			ents[i+1].First != e.Last || ents[i+1].Type != annotation.Person {
			continue
		}
		last := tailEnd(e, func(k int) bool {
			c := nc.Cue(lang.FoldToken(&doc.Tokens[k], l))
			return c == lang.PersonRole || c == lang.PersonTitle
		})
		if last < e.Last && nc.Cue(lang.FoldToken(&doc.Tokens[last-1], l)) == lang.OrgHead {
			*e = doc.Mention(e.First, last, e.Type, e.Score, e.Source+"+rule")
		}
	}
}
