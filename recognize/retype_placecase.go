package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/ner"
)

// placesByLocative makes a place of a person's mention that takes the
// locative ending (lang.PlaceCases, with the ablative, lang.AblativeCases,
// left out: Tenerif'te,
// Harvestehude'deki, Midsomer Norton'da), when neither the model's lexicon
// nor the language knows any of its words as a person's name (personWord):
// a place's name takes the ending
// that says where, and a person's seldom does, while the tagger reads a
// town it never saw as a surname. The ablative is left to the tagger: a
// person is where a statement comes from as often (Trump'tan açıklama).
// Only a mention the gazetteer gave no entry is retyped. ents are changed
// in place.
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the rule:
// Turkish Wiki NER dev through examples/tag -in conll 0.7842 → 0.7849
// (Tenerif'te), NTREX Turkish dev (0.8682, -doc 10 0.8892) and the
// Milliyet dev split (0.8622) unchanged. With the lexicon's person names
// alone, Milliyet lost Selim Karaca 'de (0.8619): its lists leave out given
// names that are common words.
func placesByLocative(doc *annotation.Document, ents []annotation.Entity, l lang.Language, m *ner.Model) {
	pc := capsOf(l).placeCases
	ac := capsOf(l).ablativeCases
	if pc == nil || ac == nil || m == nil {
		return
	}
	toks := doc.Tokens
	for i := range ents {
		e := &ents[i]
		if e.Type != annotation.Person || e.ID != "" || e.Last >= len(toks) || toks[e.Last].Kind != lang.Suffix {
			continue
		}
		suffix := lang.FoldToken(&toks[e.Last], l)
		if !pc.LocativeCase(suffix) || ac.AblativeCase(suffix) || personWord(toks[e.First:e.Last], l, m) {
			continue
		}
		e.Type, e.Canonical = annotation.Location, ""
	}
}

// personWord reports whether the model's lexicon (ner.Model.WordClasses)
// or the language (lang.GivenNames) knows one of words as a person's name:
// the lexicon's person lists leave out given names that are common words
// too (Kemal).
func personWord(words []lang.Token, l lang.Language, m *ner.Model) bool {
	gn := capsOf(l).givenNames
	for k := range words {
		norm := lang.FoldToken(&words[k], l)
		if m.WordClasses(norm)&ner.PersonName != 0 || gn != nil && gn.GivenName(norm) {
			return true
		}
	}
	return false
}
