package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/ner"
)

// obliqueCases are the cases of a word that governs, or hangs on, the
// words after it, and so opens no name: to, in, from, with, of
// (Toplantıya, Törene, Altında, Vaktiyle, Beldenin).
var obliqueCases = map[string]bool{"Dat": true, "Loc": true, "Abl": true, "Ins": true, "Gen": true}

// trimCommonOpener cuts off the first word of a mention of two or more
// words that opens its sentence when the word is a common word in an
// oblique case ("Toplantıya Ege Üniversitesi rektörü katıldı", "Törene
// Ege Sanat Vakfı da katıldı"): the tagger, which learned that a capital
// opening a sentence says little, runs the capitalized common word into
// the name after it. A word is common when the model's capitalization
// prior saw it, and in lower case more often than not; its case is that
// of the first analysis whose stem the lexicon lists, and a word the
// lexicon lists itself is taken as it stands (Basın, Hava, Bölge open
// names, whatever their endings look like). A mention the gazetteer gave
// an ID keeps its words. ents are changed in place.
//
// Chosen on dev data, F1 without → with: Milliyet train split
// (cmd/evaluate -pipeline -doc 30) 0.8579 → 0.8580 (a genitive, a
// locative and a dative opener cut off a bank, a youth body and a
// person); the
// Milliyet dev split (0.8728), NTREX Turkish dev (0.8897, -doc 10 0.9077),
// Turkish Wiki NER dev (0.8008), NTREX Russian and English dev unchanged.
// Tried and not kept: commonWord's test (the lexicon's classes or the
// analysis alone for an unseen word), which cut Mikayla (mika, mica, in
// the instrumental) and Narın (nar in the genitive) off Wiki NER names
// (0.8001), and without the lexicon's own words, a party and a school
// whose names open with such words lost their first words (Milliyet dev
// 0.8722).
func trimCommonOpener(doc *annotation.Document, ents []annotation.Entity, l lang.Language, m *ner.Model) {
	if m == nil {
		return
	}
	toks := doc.Tokens
	s := 0 // the sentence holding the mention, or the first after it
	for i := range ents {
		e := &ents[i]
		for s < len(doc.Sentences) && doc.Sentences[s].Last <= e.First {
			s++
		}
		if e.Last-e.First < 2 || e.ID != "" || toks[e.First].Kind != lang.Word || takesApostrophe(toks, e.First) ||
			!lang.StartsUpper(toks[e.First+1].Text) || !opensSentence(toks, doc.Sentences, s, e.First) {
			continue
		}
		norm := lang.FoldToken(&toks[e.First], l)
		if share, known := m.CapitalizedShare(norm); !known || share >= 0.5 || !obliqueCase(norm, l, m) {
			continue
		}
		*e = doc.Mention(e.First+1, e.Last, e.Type, e.Score, e.Source+"+rule")
	}
}

// obliqueCase reports whether the first analysis of a folded word whose
// stem the model's lexicon lists ends in an oblique case (obliqueCases).
func obliqueCase(norm string, l lang.Language, m *ner.Model) bool {
	if m.WordClasses(norm) != 0 {
		return false // a word of the lexicon's own (Basın, Hava, Bölge), whatever its ending looks like
	}
	for _, a := range l.Analyze(norm) {
		if len(a.Suffixes) == 0 || a.Stem == norm || m.WordClasses(a.Stem) == 0 {
			continue
		}
		return obliqueCases[a.Case]
	}
	return false
}
