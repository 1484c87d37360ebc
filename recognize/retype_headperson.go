package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// retypeHeadFirstPeople makes an organization of a person's mention of
// two words or more whose first word is a capitalized head noun of an
// organization's name (lang.OrganizationNameForms: Russian "Фонда
// Гейтса", "Института Пастера") and whose other words may be genitives
// (Language.Analyze): the body is named after the person, and no
// person's name begins with such a noun. The tagger reads the surname
// and takes the head with it. ents keep their order and spans.
//
// Dev figures (cmd/evaluate -lang ru -pipeline): NTREX Russian dev
// (0.8900, -doc 10 0.9051) and held-out FactRuEval (0.8893) unchanged;
// WikiNER held-out unchanged (0.8372: Армией Махди made an organization,
// which its silver labels leave untagged). Kept as a rule of the names'
// form that no dev set contradicts.
func retypeHeadFirstPeople(doc *annotation.Document, ents []annotation.Entity, l lang.Language) {
	oh := capsOf(l).organizationNameForms
	if oh == nil {
		return
	}
	toks := doc.Tokens
	for i := range ents {
		e := &ents[i]
		if e.Type != annotation.Person || e.Last-e.First < 2 {
			continue
		}
		first := &toks[e.First]
		if first.Kind != lang.Word || !lang.StartsUpper(first.Text) || acronym(first.Text) ||
			!oh.HeadAlone(lang.FoldToken(first, l)) || !allMayBeGenitive(toks[e.First+1:e.Last], l) {
			continue
		}
		toOrganization(e)
		e.Source += "+rule"
	}
}
