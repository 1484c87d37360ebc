package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/ner"
)

// trimCommonOpeners cuts the first word off a person's mention of two or
// more words that the tagger alone made, where that word opens the
// sentence, or follows a colon as a headline's second part opens
// («Ливингстон» 1 - 0 «Рейнджерс»: Гол Менга, "Menga's goal"), and the
// model's lexicon reads it as a common one (commonWord; a word it or the
// language lists as a given name stays, lang.GivenNames). In a language
// whose names inflect (lang.InflectedNames) a noun's possessor follows it
// in the genitive, and the capital a sentence's first word takes says
// nothing, so the tagger takes the noun into the name after it. Each word
// of the name must read as a genitive (Менга, of Менг or Менга): a name in
// another case is no possessor, and the first word before it is then more
// likely a given name of its own (Тому Марволо Реддлу, a dative, where
// Тому is Том's and the pronoun тот's; Люк Ван Велли, Люк a hatch too). ents are sorted and
// non-overlapping, and stay so.
func trimCommonOpeners(doc *annotation.Document, ents []annotation.Entity, l lang.Language, m *ner.Model) []annotation.Entity {
	if in := capsOf(l).inflectedNames; m == nil || in == nil || !in.InflectsNames() {
		return ents
	}
	toks := doc.Tokens
	s := 0 // the sentence holding the mention, or the first after it
	for i := range ents {
		e := &ents[i]
		for s < len(doc.Sentences) && doc.Sentences[s].Last <= e.First {
			s++
		}
		if e.Type != annotation.Person || e.Source != "model" || e.ID != "" || e.Last-e.First < 2 ||
			toks[e.First].Kind != lang.Word || toks[e.First+1].Kind != lang.Word || !capitalizedWord(&toks[e.First+1]) ||
			takesApostrophe(toks, e.First) || !opensSentence(toks, doc.Sentences, s, e.First) && (e.First == 0 || toks[e.First-1].Text != ":") ||
			!commonWord(lang.FoldToken(&toks[e.First], l), l, m) || givenName(l, &toks[e.First]) || !genitiveName(toks[e.First+1:e.Last], l) {
			continue
		}
		*e = doc.Mention(e.First+1, e.Last, e.Type, e.Score, e.Source+"+rule")
	}
	return ents
}

// genitiveName reports whether each word of a name reads as a genitive
// (one of the language's analyses of it is one).
func genitiveName(toks []lang.Token, l lang.Language) bool {
words:
	for k := range toks {
		if toks[k].Kind != lang.Word {
			continue
		}
		for _, a := range l.Analyze(lang.FoldToken(&toks[k], l)) {
			if a.Case == "Gen" {
				continue words
			}
		}
		return false
	}
	return true
}
