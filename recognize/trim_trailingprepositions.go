package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// trimTrailingPrepositions cuts the lower-case prepositions off the end
// of a mention (lang.Prepositions: Russian "Судебным комитетом Сената по"
// → "Судебным комитетом Сената"), in a language whose names may end in
// lower-case words (no lang.CapitalizedNameEnds; where names end
// capitalized, trimLowerTail cuts every lower-case word). A preposition
// governs the words after it, so no name ends in one; the tagger, which
// reads lower-case words inside organizations' names, at times runs one
// into the mention. ents keep their order.
//
// Dev figures (cmd/evaluate -lang ru -pipeline): NTREX Russian dev 0.8906,
// -doc 10 0.9057, held-out FactRuEval 0.8893 and WikiNER held-out 0.8371
// unchanged: its one case (Судебным комитетом Сената по заявлениям) is
// cut, then widened over the phrase after по by extendPlacedBodies, which
// cannot tell "about the allegations" from a committee's task.
func trimTrailingPrepositions(doc *annotation.Document, ents []annotation.Entity, l lang.Language) {
	pr := capsOf(l).prepositions
	if pr == nil {
		return
	}
	if namesEndCapitalized(l) {
		return
	}
	toks := doc.Tokens
	for i := range ents {
		e := &ents[i]
		last := tailEnd(e, func(k int) bool { return lowerCaseWord(&toks[k]) && pr.Preposition(lang.FoldToken(&toks[k], l)) })
		if last < e.Last {
			id, canonical := e.ID, e.Canonical
			*e = doc.Mention(e.First, last, e.Type, e.Score, e.Source)
			e.ID, e.Canonical = id, canonical
		}
	}
}
