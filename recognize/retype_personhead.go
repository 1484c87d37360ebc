package recognize

import "github.com/varlik/varlik/annotation"
import "github.com/varlik/varlik/lang"

// retypeHeadedPeople makes a person mention an organization when its own
// last word is the head noun of an organization's name (orgHeadAt:
// "Inuit Circumpolar Council", "Gameforge 4D GmbH", "Global Poverty
// Project"): no person's name ends so, while the tagger, seeing foreign
// words it does not know, reads a person. Only in a language whose
// organizations end in their heads, capitalized (lang.CapitalizedHeads):
// Russian cues are stems that begin surnames too (Армитаж). A person the
// gazetteer knows keeps its type. It returns the texts of the mentions it
// retyped.
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the rule
// and the foreign heads of lang/tr (foreignOrgHeads, which the other rules
// of orgHeadAt use too): NTREX Turkish dev 0.8429 → 0.8441 (Global Poverty
// Project twice, Welsh Parliament twice), Turkish Wiki NER dev 0.7781 →
// 0.7791 (Inuit Circumpolar Council, Gameforge 4D GmbH), the Milliyet dev
// split, NTREX English and Russian dev unchanged (0.8464, 0.7808, 0.7814).
// For every language, NTREX Russian dev lost 0.7814 → 0.7808 (Люк
// Армитаж). Without the foreign heads the rule changed nothing.
func retypeHeadedPeople(doc *annotation.Document, ents []annotation.Entity, l lang.Language) (names []string) {
	nc := capsOf(l).nameCues
	ch := capsOf(l).capitalizedHeads
	if nc == nil || ch == nil || !ch.HeadsCapitalized() {
		return nil
	}
	for i := range ents {
		e := &ents[i]
		if e.Type != annotation.Person || e.ID != "" || e.Last-e.First < 2 || !orgHeadAt(doc.Tokens, e.Last-1, nc, l) {
			continue
		}
		e.Type, e.Canonical = annotation.Organization, ""
		names = append(names, e.Text)
	}
	return names
}
