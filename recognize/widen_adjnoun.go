package recognize

import "github.com/varlik/varlik/annotation"
import "github.com/varlik/varlik/lang"

// widenToAdjectiveNoun adds to a one-word place's or organization's
// mention the gazetteer does not know the lower-case noun right after it
// when the word is an adjective that agrees with the noun
// (lang.AdjectiveNouns: на Капитолийском холме, перед Вестминстерским
// дворцом): an adjective alone names nothing, and the tagger, seeing a
// capitalized word and a lower-case one, kept the first.
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the rule:
// NTREX Russian dev 0.8444 → 0.8457 (Вестминстерским дворцом,
// Капитолийском холме), held-out FactRuEval dev (-doc 20) 0.8912 → 0.8946
// (Гагаузской автономии, Северными территориями); before the endings nouns
// share needed -ск-, Комитетом были and Евросоюзом или cost two. The
// other languages implement no lang.AdjectiveNouns.
func widenToAdjectiveNoun(doc *annotation.Document, ents []annotation.Entity, l lang.Language) {
	an := capsOf(l).adjectiveNouns
	if an == nil {
		return
	}
	toks := doc.Tokens
	for i := range ents {
		e := &ents[i]
		if e.Type == annotation.Person || e.ID != "" || e.Last-e.First != 1 || e.Last >= len(toks) || toks[e.Last].Kind != lang.Word {
			continue
		}
		if i+1 < len(ents) && ents[i+1].First <= e.Last {
			continue // the next word is a mention's
		}
		if r, _ := lang.DecodeRune(toks[e.Last].Text); !lang.IsLower(r) {
			continue
		}
		if an.NounAfterAdjective(lang.FoldToken(&toks[e.First], l), lang.FoldToken(&toks[e.Last], l)) {
			*e = doc.Mention(e.First, e.Last+1, e.Type, e.Score, e.Source+"+rule")
		}
	}
}
