package recognize

import (
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/ner"
)

// minUnknownNameRunes is the fewest letters of a word lowerUnknownName
// reads as a name.
const minUnknownNameRunes = 4

// lowerUnknownName reports whether norm, a word of a sentence in lower
// case that the prior does not know and the lexicon lists as no common
// word, is a name's that truecaseLower writes in Title case, with a wide
// prior (casePrior.wide): a word of minUnknownNameRunes letters or more
// that no analysis reads as a form of a common word the prior or the
// lexicon knows (Turkish bakanlığının → bakanlık; the first analysis whose
// stem the prior knows decides: a name's form, Russian джонсу of Джонс,
// is a name's) and that is no form of a word the language's dictionary
// writes in lower case: a foreign
// surname (kavanaugh, sturridge), a company's name (sainsbury). News
// names many people and firms once, by their surname or name alone,
// which no list holds.
//
// Chosen on dev data (cmd/evaluate -pipeline -case lower), F1 without →
// with: NTREX dev in lower case, Turkish 0.6928 → 0.7719, Russian
// 0.5515 → 0.7227 (English, not wide, 0.6584); the Milliyet dev split in
// lower case 0.7107 → 0.7251, Turkish Wiki NER dev in lower case 0.6172
// → 0.6927, Universal NER Russian PUD in lower case 0.4201 → 0.5299. As
// written, NTREX Russian dev 0.8935 → 0.8932 (a sentence that opens with
// a number and capitalizes nothing: "70 процентов ... проголосуют"), the
// other dev sets unchanged; read in sentences that capitalize a word
// too, the Milliyet dev split 0.8709 → 0.8706 (unknown verb forms). Russian's dictionary forms left out (the noun endings'
// analyses alone): 0.5951, precision 0.51. Leaving out too every word one
// edit away from a known one, against misspellings: Turkish 0.7367,
// Russian 0.6023 (inflected names one letter from common words).
func lowerUnknownName(norm string, l lang.Language, p casePrior) bool {
	if lang.RuneCount(norm) < minUnknownNameRunes {
		return false
	}
	for _, a := range l.Analyze(norm) {
		if a.Stem == norm {
			continue
		}
		if share, known := p.share(a.Stem); known {
			return share >= 0.5 // a name's form (джонсу: Джонс) or a common word's
		}
		if p.m.WordClasses(a.Stem)&ner.CommonWord != 0 {
			return false
		}
	}
	return !dictionaryWord(norm, l) && !p.dictionaryForm(norm)
}
