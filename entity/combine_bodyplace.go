package entity

import (
	"strings"

	"github.com/varlik/varlik/lang"
)

// joinBodyToPlace joins an organization's mention and the place mention
// right after it, with no mark or line break between them, into one
// organization, where the language continues a body's name with
// genitive phrases after its head (lang.OrganizationTails, Russian): a
// country or region in the genitive after a body's descriptive name is
// the last of them ("Министерство обороны Великобритании", "Совета
// независимых школ Шотландии", "Государственный совет Китая"). The body's
// mention must end in its head noun or in a lower-case word of its
// tail, so that a proper name before a place (Газпром России, where the
// place is a separate mention in news) stays apart.
//
// Chosen on dev data (cmd/evaluate -lang ru -pipeline), F1 without → with
// the rule: NTREX Russian dev 0.8705 → 0.8720 (Государственный совет
// Китая, Национальный центр по предотвращению стихийных бедствий Мексики;
// lost: Нынешняя администрация Боливии, a body's mention that was wrong
// already), WikiNER-ru's held-out part unchanged (0.8303); held-out
// FactRuEval (-doc 20) 0.8938 → 0.8912, whose annotation splits the
// country off (Верховный суд | Бангладеша), where NTREX and WikiNER
// tag one name (Сейма Литовской Республики).
func joinBodyToPlace(doc *Document, ents []Entity, l lang.Language) []Entity {
	oh, _ := l.(lang.OrganizationNameForms)
	if _, ok := l.(lang.OrganizationTails); !ok || oh == nil {
		return ents
	}
	toks := doc.Tokens
	return joinAdjacent(ents, func(a, b *Entity) (Entity, bool) {
		if a.Type != Organization || b.Type != Location || b.First != a.Last || a.Last-a.First < 2 ||
			strings.Contains(doc.Text[a.End:b.Start], "\n") {
			return Entity{}, false
		}
		last := &toks[a.Last-1]
		if last.Kind != lang.Word || !lowerCaseWord(last) && !oh.HeadsOrganization(lang.FoldToken(last, l)) {
			return Entity{}, false
		}
		return doc.Mention(a.First, b.Last, Organization, a.Score, a.Source+"+rule"), true
	})
}
