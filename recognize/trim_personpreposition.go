package recognize

import "github.com/varlik/varlik/annotation"
import "github.com/varlik/varlik/lang"

// trimLeadingPreposition cuts a preposition off the front of a person's
// mention of two or more words (lang.Prepositions: Russian "« На Кавано
// обрушилась"): a person's name never starts with one, and the tagger
// takes the capitalized first word of a quotation or a sentence into the
// name. Left in, the preposition is a word of a person's name to the
// linking, which then finds that person's short mention in every
// sentence the preposition opens ("На следующее утро"). A mention the
// gazetteer named is left as it is.
//
// Chosen on dev data (cmd/evaluate -lang ru -pipeline), F1 without → with
// the rule: NTREX Russian dev 0.8738 → 0.8744 (На Кавано), with ten lines
// a document (-doc 10, corpus/ru.dev.jsonl) 0.8895 → 0.8901; the whole
// dev half tagged as one document (examples/tag -in conll) had made every
// sentence-opening "На" of it a person. WikiNER held-out and held-out
// FactRuEval (-doc 20) unchanged.
func trimLeadingPreposition(doc *annotation.Document, ents []annotation.Entity, l lang.Language) {
	pp := capsOf(l).prepositions
	if pp == nil {
		return
	}
	toks := doc.Tokens
	for i := range ents {
		e := &ents[i]
		if e.Type != annotation.Person || e.ID != "" || e.Last-e.First < 2 {
			continue
		}
		if t := &toks[e.First]; t.Kind == lang.Word && pp.Preposition(lang.FoldToken(t, l)) && lang.StartsUpper(toks[e.First+1].Text) {
			*e = doc.Mention(e.First+1, e.Last, annotation.Person, e.Score, e.Source+"+rule")
		}
	}
}
