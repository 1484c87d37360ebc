package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// retypeForeignSurnames makes a person of each one-word organization or
// place mention that the tagger alone found (no gazetteer entry, no rule)
// and whose word is a frequent foreign surname of the language's list
// (lang.ForeignSurnames): a model trained mostly on its language's own
// names reads a foreign surname alone as a body's or a place's
// ("Waters'ın ofisiyle", "Kavanaugh'a onay", "McDonnell işçilerin ...
// doğruladı"). The list holds no word or place of the language, and a
// mention that reads as a place where it stands (a locative ending, a
// place's or a body's head noun after it: readAsPlace) or is written in
// capitals (an acronym) keeps its type.
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the rule:
// NTREX Turkish dev 0.9078 → 0.9122 (Kavanaugh twice, Waters three times,
// Ford, Bean, McDonnell; ten lines a document 0.9245 → 0.9258, by article
// unchanged, where the full name elsewhere already tells), the Milliyet
// dev split 0.8723 → 0.8726 (McDougal), Turkish Wiki NER dev 0.8044 →
// 0.8038 (Disney'in, the company, made a person). The list's 5,000 most
// frequent surnames: NTREX Turkish dev 0.9110; 20,000: the same as 10,000.
func retypeForeignSurnames(doc *annotation.Document, ents []annotation.Entity, l lang.Language) {
	fs := capsOf(l).foreignSurnames
	if fs == nil {
		return
	}
	toks := doc.Tokens
	for i := range ents {
		e := &ents[i]
		if e.Type != annotation.Organization && e.Type != annotation.Location || e.Last-e.First != 1 ||
			e.ID != "" || e.Source != "model" || isAcronym(toks[e.First].Text) {
			continue
		}
		if fs.ForeignSurname(lang.FoldToken(&toks[e.First], l)) && !readAsPlace(doc, e, l, false) {
			e.Type, e.Canonical = annotation.Person, ""
		}
	}
}
