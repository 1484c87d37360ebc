package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/ner"
)

// trimInflectedOpeners cuts off the front of a mention of two or more
// words the sentence's first word where it is a common noun in an
// oblique case or in the plural, with no apostrophe (inflectedCommonWord:
// "Ziyarette Erdoğan'a ...", "Polisler Taksim'de", "Yaralılar Ege
// Üniversitesi Hastanesi'ne"), in a language whose names take their
// suffixes after an apostrophe (lang.ApostropheSuffixes): such a word is
// no name's where the model's capitalization prior has seen the word
// itself written mostly in lower case (attestedLower: Tuna, tun and a
// dative to the analyses, is a river; Mikayla, which the prior never saw,
// a given name), and
// its capital, the sentence's, says nothing; the tagger
// takes it in. A genitive is left: a name may open with one (Halkların
// Demokratik Partisi). A mention the gazetteer named is left as it is,
// and one that is left a common word or a head noun alone goes. ents are sorted and
// non-overlapping, and stay so.
//
// From a probe of written news sentences (Ziyarette Erdoğan'a, Polisler
// Taksim'de); on dev data (cmd/evaluate -pipeline) every set is unchanged
// with it (NTREX Turkish dev 0.8902, -doc 10 0.9074, the Milliyet dev
// split 0.8713, Turkish Wiki NER dev 0.8012, the corpus's training part
// 0.9725); read from the morphology alone, without the prior, it cut
// Tuna Nehri, Mikayla Mendez and more (Wiki NER dev 0.7990, the training
// part 0.9716).
func trimInflectedOpeners(doc *annotation.Document, ents []annotation.Entity, l lang.Language, m *ner.Model) []annotation.Entity {
	if as := capsOf(l).apostropheSuffixes; m == nil || as == nil || !as.NamesTakeApostrophe() {
		return ents
	}
	nc := capsOf(l).nameCues
	toks := doc.Tokens
	kept := ents[:0]
	s := 0 // the sentence holding the mention, or the first after it
	for _, e := range ents {
		for s < len(doc.Sentences) && doc.Sentences[s].Last <= e.First {
			s++
		}
		if e.ID == "" && e.Last-e.First > 1 && toks[e.First].Kind == lang.Word && capitalizedWord(&toks[e.First]) &&
			opensSentence(toks, doc.Sentences, s, e.First) && !hasApostrophe(toks[e.First].Text) &&
			inflectedOpener(lang.FoldToken(&toks[e.First], l), l, m) {
			e = doc.Mention(e.First+1, e.Last, e.Type, e.Score, e.Source+"+rule")
			if norm := lang.FoldToken(&toks[e.First], l); e.Last-e.First == 1 && (attestedLower(norm, m) || nc != nil && headNoun(nc.Cue(norm))) {
				continue // a common word or a head noun alone names nothing: "Kardeşler Takımı", a series' title
			}
		}
		kept = append(kept, e)
	}
	return kept
}

// headNoun reports whether c is the cue of an organization's or a place's
// head noun.
func headNoun(c lang.Cue) bool { return c == lang.OrgHead || c == lang.LocHead }

// inflectedOpener reports whether norm, a folded word, is a common noun
// in an oblique case or the plural (inflectedCommonWord) that the model's
// prior has seen mostly in lower case (attestedLower).
func inflectedOpener(norm string, l lang.Language, m *ner.Model) bool {
	return attestedLower(norm, m) && inflectedCommonWord(norm, l) // the prior first: one look-up, where the analyses are many
}

// inflectedCommonWord reports whether l's morphology reads norm, a folded
// word, as a word of the dictionary's in lower case only
// (lang.DictionaryForms) with an oblique case other than the genitive
// (locative, ablative, dative, accusative, instrumental) or the plural:
// ziyarette, polisler, törene.
func inflectedCommonWord(norm string, l lang.Language) bool {
	df := capsOf(l).dictionaryForms
	if df == nil {
		return false
	}
	for _, a := range l.Analyze(norm) {
		if a.Stem == norm || len(a.Suffixes) == 0 {
			continue
		}
		oblique := a.Case == "Loc" || a.Case == "Abl" || a.Case == "Dat" || a.Case == "Acc" || a.Case == "Ins"
		if (oblique || a.Suffixes[0] == "Pl" && a.Case == "Nom") && df.DictionaryForm(a.Stem) {
			return true
		}
	}
	return false
}

// attestedLower reports whether the model's capitalization prior knows
// norm, a folded word, and has seen it capitalized at most
// maxOpenerFillShare of the times outside a sentence's start.
func attestedLower(norm string, m *ner.Model) bool {
	share, ok := m.CapitalizedShare(norm)
	return ok && share <= maxOpenerFillShare
}
