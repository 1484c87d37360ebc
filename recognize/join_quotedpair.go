package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// joinQuotedPairs joins two mentions that, with a word joining names
// between them (lang.FunctionWords: и), fill a pair of the quotation marks
// the language puts around organizations' names and not around people's
// or places' (lang.QuotedOrganizations): « Маркс и Спенсер » is one
// company named after its two founders, which the tagger reads as a
// company and a person. A country, continent, region or territory the
// gazetteer knows is not joined (« Россия и Китай » is no company). ents
// are sorted and non-overlapping; it returns them so.
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the rule:
// NTREX Russian dev 0.8593 → 0.8611 (« Маркс и Спенсер » twice), held-out
// FactRuEval dev (-doc 20) unchanged at 0.8946; the other languages
// implement no lang.QuotedOrganizations.
func joinQuotedPairs(doc *annotation.Document, ents []annotation.Entity, l lang.Language, g *gazetteer.Gazetteer) []annotation.Entity {
	qo := capsOf(l).quotedOrganizations
	fw := capsOf(l).functionWords
	if qo == nil || fw == nil {
		return ents
	}
	toks := doc.Tokens
	return joinAdjacent(ents, func(a, b *annotation.Entity) (annotation.Entity, bool) {
		if a.First > 0 && b.First == a.Last+1 && b.Last < len(toks) && joinsNames(&toks[a.Last], fw, l) &&
			qo.QuotesOrganizations(toks[a.First-1].Text, toks[b.Last].Text) &&
			!wideArea(a.ID, g) && !wideArea(b.ID, g) {
			return doc.Mention(a.First, b.Last, annotation.Organization, min(a.Score, b.Score), a.Source+"+rule"), true
		}
		return annotation.Entity{}, false
	})
}
