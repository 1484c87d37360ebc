package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/ner"
)

// dropCommonOpeners drops the person's mention that the tagger alone made
// of a sentence's first word (after an opening quote, if any) when the
// model's lexicon reads the word as a common one: every sentence's first
// word is capitalized, and the tagger, which learned that a capital there
// says little, still takes some for given names or surnames it never saw
// (Departman, Koleksiyonunuza, Güreşin, Deprem). A word is common by
// commonWord; a word the lexicon knows as a person's name is never
// dropped, nor a mention the gazetteer confirmed or a rule made, nor a
// word written as names are, with an apostrophe before its suffixes. ents are
// sorted and non-overlapping, and stay so.
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the rule:
// NTREX Turkish dev 0.8649 → 0.8657 (Departman, Koleksiyonunuza,
// Momentumun), -doc 10 0.8852 → 0.8861, the Milliyet dev split 0.8616 →
// 0.8620 (Güreşin, Elbetteki, Gececi, Deprem 'in, the last now kept for its
// apostrophe), Turkish Wiki NER dev through examples/tag -in conll 0.7828 →
// 0.7830 (Trahom); no correct mention lost once words written with an
// apostrophe were kept (Sade'nin, Rock 'ın had been). Russian, by its
// dictionary's words (lang.DictionaryWords, as its lexicon has no
// common-word class; with PersonOpens and NotSpeaker): NTREX Russian dev
// 0.8990 → 0.9002 (Авария twice, Цунами, Пара), -doc 10 0.9124 → 0.9136,
// held-out FactRuEval 0.8904 unchanged.
func dropCommonOpeners(doc *annotation.Document, ents []annotation.Entity, l lang.Language, m *ner.Model) []annotation.Entity {
	if m == nil {
		return ents
	}
	toks := doc.Tokens
	kept := ents[:0]
	s := 0 // the sentence holding the mention, or the first after it
	for _, e := range ents {
		for s < len(doc.Sentences) && doc.Sentences[s].Last <= e.First {
			s++
		}
		if e.Type == annotation.Person && e.Source == "model" && e.Last-e.First == 1 && !takesApostrophe(toks, e.First) &&
			opensSentence(toks, doc.Sentences, s, e.First) && commonWord(lang.FoldToken(&toks[e.First], l), l, m) {
			continue
		}
		kept = append(kept, e)
	}
	return kept
}

// takesApostrophe reports whether toks[k] is not a plain word: a word
// with an apostrophe in it or an apostrophe suffix after it (Rock 'ın,
// Sade'nin), as names are written, or no word at all.
func takesApostrophe(toks []lang.Token, k int) bool {
	return toks[k].Kind != lang.Word || hasApostrophe(toks[k].Text) ||
		k+1 < len(toks) && toks[k+1].Kind == lang.Suffix
}

// commonWord reports whether the model's lexicon (ner.Model.WordClasses
// and CapitalizedShare) reads a folded word as a common one, not a name: a
// word it does not list as a person's name that running text writes mostly
// in lower case, or, where it has no capitalization prior for the word, a
// dictionary word (of the lexicon's common-word class, or of the
// language's lang.DictionaryWords, which lexicons without that class, as
// Russian's, lack: Авария, Цунами), or an inflected form of one (the first
// analysis of l's morphology whose stem the lexicon lists: güreşin of
// güreş): a name takes its suffixes after an apostrophe, which a word
// token has not. A function word (lang.ClosedClassWords) is common
// whatever the prior counts: Şimdi opens sentences so often that its
// capitalized share is high.
func commonWord(norm string, l lang.Language, m *ner.Model) bool {
	if cc := capsOf(l).closedClassWords; cc != nil && cc.ClosedClass(norm) {
		return true
	}
	c := m.WordClasses(norm)
	if c&ner.PersonName != 0 {
		return false
	}
	if share, ok := m.CapitalizedShare(norm); ok {
		return share < 0.5
	}
	if c&ner.CommonWord != 0 || dictionaryWord(norm, l) {
		return true
	}
	if c != 0 {
		return false
	}
	for _, a := range l.Analyze(norm) {
		if len(a.Suffixes) == 0 || a.Stem == norm {
			continue
		}
		if sc := m.WordClasses(a.Stem); sc != 0 {
			return sc&ner.CommonWord != 0 && sc&ner.PersonName == 0
		}
	}
	return false
}
