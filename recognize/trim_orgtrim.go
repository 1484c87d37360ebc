package recognize

import "github.com/varlik/varlik/annotation"
import "github.com/varlik/varlik/lang"

// trimOrganizationStart drops from an organization's mention the
// lower-case words at its start that are neither an organization's head
// nor an adjective (lang.OrganizationNameForms: "спорту Университета штата
// Луизиана"): the tagger ran the name into the word before it. A mention
// whose first word left is not capitalized stays as it is: the language
// keeps an organization's lower-case type word inside its name
// ("медицинском центре Вандербильта").
//
// Chosen on dev data (cmd/evaluate -lang ru -pipeline), F1 without → with
// the rule: NTREX Russian dev 0.8096 → 0.8102, held-out FactRuEval
// (-doc 20) unchanged (0.8862). Trimming a short lower-case last word as
// well cost both (Белый дом, Верховный суд: 0.8083 and 0.8846).
func trimOrganizationStart(doc *annotation.Document, ents []annotation.Entity, l lang.Language) {
	oh := capsOf(l).organizationNameForms
	if oh == nil {
		return
	}
	toks := doc.Tokens
	lower := func(k int) bool { return lowerCaseWord(&toks[k]) }
	for i := range ents {
		e := &ents[i]
		if e.Type != annotation.Organization {
			continue
		}
		first := e.First
		for first < e.Last && lower(first) {
			norm := lang.FoldToken(&toks[first], l)
			if oh.HeadsOrganization(norm) || oh.Adjective(norm) || oh.CompoundHead(norm) {
				break
			}
			first++
		}
		if first != e.First && first < e.Last && lang.StartsUpper(toks[first].Text) {
			*e = doc.Mention(first, e.Last, annotation.Organization, e.Score, e.Source+"+rule")
		}
	}
}
