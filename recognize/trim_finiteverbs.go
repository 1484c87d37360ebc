package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// cutAtFiniteVerbs ends a mention of three words or more before the first
// lower-case word inside it that is a finite verb by its form
// (lang.FiniteVerbs: Russian "Европейский союз ввел санкции против
// России" → "Европейский союз"), in a language whose names may go on in
// lower-case words (no lang.CapitalizedNameEnds), where the tagger, which
// reads such words inside organizations' names, at times runs a name on
// into the clause after it. No name holds a finite verb. ents keep their
// order; a mention keeps its first word.
//
// Chosen on dev data (cmd/evaluate -lang ru -pipeline): held-out
// FactRuEval (-doc 20) 0.8893 → 0.8910 (Буш | победил Гора); NTREX
// Russian dev (0.8906, -doc 10 0.9057) and WikiNER held-out (0.8371)
// unchanged. With every past form (-ал-, -ел-, -ол- too), WikiNER lost
// Театра имени Ленинского комсомола.
func cutAtFiniteVerbs(doc *annotation.Document, ents []annotation.Entity, l lang.Language) {
	fv := capsOf(l).finiteVerbs
	if fv == nil {
		return
	}
	if namesEndCapitalized(l) {
		return
	}
	toks := doc.Tokens
	for i := range ents {
		e := &ents[i]
		if e.Last-e.First < 3 {
			continue
		}
		for k := e.First + 1; k < e.Last; k++ {
			if lowerCaseWord(&toks[k]) && fv.FiniteVerb(lang.FoldToken(&toks[k], l)) {
				*e = doc.Mention(e.First, k, e.Type, e.Score, e.Source+"+rule")
				break
			}
		}
	}
}
