package recognize

import "github.com/varlik/varlik/annotation"
import "github.com/varlik/varlik/lang"

// joinFounderToBody joins a person's mention and the organization's
// mention right after it, with nothing between them, into one
// organization where the organization's capitalized words end in a head
// noun of founders' companies and groups (lang.FounderHeads: "Hakan Peker
// Dance Group", "Houghton Mifflin Harcourt Publishing Company"), which
// the tagger splits into the founder and the rest. Names the gazetteer
// knows are left apart: a known person or body next to another is two
// names. ents are
// sorted and non-overlapping, and stay so; it returns the texts of the
// names it made, for spreadOrganizations.
//
// Chosen on dev data, F1 without → with: Turkish Wiki NER dev (tag -in
// conll) 0.7954 → 0.7982 (Hakan Peker Dance Group, Sema Tekin Dance Group,
// Houghton Mifflin Harcourt Publishing Company); NTREX Turkish dev (0.8725,
// -doc 10 0.8892) and the Milliyet dev split (0.8658) unchanged. With any
// head of organizations (lang.OrganizationHeads), the Milliyet dev split
// lost two people whose names stood before a public body's (0.8656 →
// 0.8648).
func joinFounderToBody(doc *annotation.Document, ents []annotation.Entity, l lang.Language) (_ []annotation.Entity, names []string) {
	fh := capsOf(l).founderHeads
	if fh == nil {
		return ents, nil
	}
	toks := doc.Tokens
	ents = joinAdjacent(ents, func(a, b *annotation.Entity) (annotation.Entity, bool) {
		if a.Type != annotation.Person || b.Type != annotation.Organization || b.First != a.Last || a.ID != "" || b.ID != "" || b.Last-b.First < 2 {
			return annotation.Entity{}, false
		}
		for k := b.First; k < b.Last; k++ {
			if !capitalizedWord(&toks[k]) {
				return annotation.Entity{}, false
			}
		}
		if !fh.FounderHead(lang.FoldToken(&toks[b.Last-1], l)) {
			return annotation.Entity{}, false
		}
		e := doc.Mention(a.First, b.Last, annotation.Organization, b.Score, b.Source+"+rule")
		names = append(names, e.Text)
		return e, true
	})
	return ents, names
}
