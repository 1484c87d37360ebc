package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// retypeQuoted makes a person's or a place's mention that stands alone
// inside quotation marks an organization, where the language quotes the
// names of organizations, teams and brands and not those of people and
// places (lang.QuotedOrganizations: Russian "вратаря « Брайтона »",
// "питчера « Вашингтона »", "« Библио-Глобус »"). A mention the gazetteer
// knows as a country, continent, region or territory keeps its type, and
// so does one after a kind of place (на стадионе « Стэмфорд Бридж »:
// retypePlacesByContext). It returns the texts of the mentions it
// retyped.
//
// Chosen on dev data (cmd/evaluate -lang ru -pipeline), F1 without → with
// the rule: NTREX Russian dev 0.8008 → 0.8021 (Брайтона, Вашингтона; lost:
// the stadiums « Дон Гойо » and « Тони Макарони Арена », and « Братская
// Любовь », no name), held-out FactRuEval (-doc 20) 0.8802 → 0.8819
// (Библио-Глобус). Tried and not kept: adding the capitalized word that
// stands alone in guillemets and no mention holds, NTREX 0.8033 (Брайтона
// five times, Наполи, Хоффенхаймом) but FactRuEval 0.8774 (the prize
// « Просветитель » three times, the spacecraft « Прогресс », « Дискавери »).
func retypeQuoted(doc *annotation.Document, ents []annotation.Entity, l lang.Language, g *gazetteer.Gazetteer) (names []string) {
	qo := capsOf(l).quotedOrganizations
	if qo == nil {
		return nil
	}
	pc := capsOf(l).placeContext
	toks := doc.Tokens
	for i := range ents {
		e := &ents[i]
		if e.Type != annotation.Person && e.Type != annotation.Location || e.First == 0 || e.Last >= len(toks) || wideArea(e.ID, g) {
			continue
		}
		if !qo.QuotesOrganizations(toks[e.First-1].Text, toks[e.Last].Text) || placeKindBeforeQuote(doc, e, pc, qo, l) {
			continue
		}
		toOrganization(e)
		names = append(names, e.Text)
	}
	return names
}
