package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/internal/mention"
	"github.com/varlik/varlik/lang"
)

// addOwnedBrands adds an organization for the run of capitalized words no
// mention holds between a person's possessive and the singular noun of a
// kind of organization (lang.OrganizationAppositions: "Gwyneth Paltrow 's
// Goop brand", "Elon Musk 's Tesla company"): what a person owns and the
// noun calls a brand or a firm is one. ents are sorted and non-overlapping,
// and stay so. It returns the texts of the organizations it added.
//
// Chosen on dev data (cmd/evaluate -pipeline, one document a sentence),
// F1 without → with: NTREX English dev 0.8709 → 0.8716 (ORGANIZATION
// recall 0.820 → 0.825: Goop brand twice), -doc 10 0.8947 → 0.8954; UNER
// EWT dev (0.7907), GUM dev, re3d, WNUT-17 and BTC dev unchanged.
func addOwnedBrands(doc *annotation.Document, ents []annotation.Entity, l lang.Language) (_ []annotation.Entity, names []string) {
	oa := capsOf(l).organizationAppositions
	pn := capsOf(l).possessiveNames
	if oa == nil || pn == nil {
		return ents, nil
	}
	toks := doc.Tokens
	var added []annotation.Entity
	for i := range ents {
		e := &ents[i]
		k := e.Last + 1 // the run's first word
		if e.Type != annotation.Person || k >= len(toks) || !possessiveToken(&toks[e.Last], pn, l) || !capitalizedWord(&toks[k]) || i+1 < len(ents) && ents[i+1].First <= k {
			continue
		}
		end, last := k+1, sentenceLast(doc, k)
		for end < last && capitalizedWord(&toks[end]) && (i+1 == len(ents) || ents[i+1].First > end) {
			end++
		}
		if end >= last || i+1 < len(ents) && ents[i+1].First <= end || !lowerCaseWord(&toks[end]) || !oa.KindBefore(lang.FoldToken(&toks[end], l)) {
			continue
		}
		added = append(added, doc.Mention(k, end, annotation.Organization, 0.5, "rule"))
		names = append(names, added[len(added)-1].Text)
	}
	if added == nil {
		return ents, nil
	}
	return mention.MergeByStart(ents, added), names
}
