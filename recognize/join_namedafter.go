package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// joinNamedAfter joins an organization's mention and the person's or
// place's mention right after it into one organization where a word that
// introduces the name an organization is named after ends the first or
// stands between them (lang.OrganizationNamedAfter: "Музыкального театра"
// имени "Станиславского"). A country,
// continent, region or territory the gazetteer knows is not joined. ents
// are sorted and non-overlapping; it returns them so.
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the rule:
// NTREX Russian dev 0.8795 → 0.8804 with памяти too (Общества памяти
// Кромвеля), which review dropped: an event held in a body "in memory of"
// someone is more often what follows it (минута молчания в Госдуме памяти
// ...); held-out FactRuEval dev (-doc 20) unchanged (its training part has
// Музыкального театра имени Станиславского); the other languages
// implement no lang.OrganizationNamedAfter.
func joinNamedAfter(doc *annotation.Document, ents []annotation.Entity, l lang.Language, g *gazetteer.Gazetteer) []annotation.Entity {
	na := capsOf(l).organizationNamedAfter
	if na == nil {
		return ents
	}
	toks := doc.Tokens
	namedAfter := func(k int) bool { return lowerCaseWord(&toks[k]) && na.NamedAfter(lang.FoldToken(&toks[k], l)) }
	return joinAdjacent(ents, func(a, b *annotation.Entity) (annotation.Entity, bool) {
		if a.Type == annotation.Organization && (b.Type == annotation.Person || b.Type == annotation.Location) && !wideArea(b.ID, g) &&
			(b.First == a.Last && namedAfter(a.Last-1) || b.First == a.Last+1 && namedAfter(a.Last)) {
			return doc.Mention(a.First, b.Last, annotation.Organization, a.Score, a.Source+"+rule"), true
		}
		return annotation.Entity{}, false
	})
}
