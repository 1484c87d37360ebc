package recognize

import (
	"unicode/utf8"

	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/ner"
)

// casePrior is the capitalization prior truecasing reads: the model's
// (ner.Model.CapitalizedShare) when it knows minPriorWords words or more,
// else the language's own (lang.CasePrior: Russian, whose model counts one
// small annotated file). The lexicon's classes (ner.Model.WordClasses) are
// the model's either way.
type casePrior struct {
	m     *ner.Model
	lang  lang.CasePrior       // nil: the model's prior
	forms lang.DictionaryForms // the language's, nil where it has none
	// wide: the prior, with the language's dictionary forms, knows so
	// many of the language's word forms that a word it does not know in
	// text written in lower case is more likely a name than a common
	// word (lowerUnknownName).
	wide bool
}

// minWideWords is the fewest words a model's prior must know to be wide:
// Turkish's counts 81,728 forms (Zemberek-NLP's word counts); English's,
// 13,537 forms of its training text, is not, and read so it made names of
// web text's misspellings and slang (excelnt, airpart, attn, lovin):
// Universal NER EWT dev 0.7907 → 0.7853. A language's own prior is wide
// where the language lists its dictionary words' forms (lang.DictionaryForms:
// Russian's 1.35 million).
const minWideWords = 50000

// casePriorOf returns the prior truecasing reads with model m for l, and
// false when there is none broad enough: with a thin prior most words of
// a headline are unknown and turn Title case, read as names.
func casePriorOf(m *ner.Model, l lang.Language) (casePrior, bool) {
	if m == nil {
		return casePrior{}, false // no lexicon
	}
	words := m.PriorWords()
	forms := capsOf(l).dictionaryForms
	if words >= minPriorWords {
		return casePrior{m: m, forms: forms, wide: words >= minWideWords}, true
	}
	if lp := capsOf(l).casePrior; lp != nil {
		return casePrior{m: m, lang: lp, forms: forms, wide: forms != nil}, true
	}
	return casePrior{}, false
}

// dictionaryForm reports whether the language's dictionary makes the
// folded word norm of a word it writes in lower case only.
func (p casePrior) dictionaryForm(norm string) bool {
	return p.forms != nil && p.forms.DictionaryForm(norm)
}

// share returns the capitalized share of a folded word and whether the
// prior knows it.
func (p casePrior) share(norm string) (float64, bool) {
	if p.lang != nil {
		return p.lang.CapitalizedShare(norm)
	}
	return p.m.CapitalizedShare(norm)
}

// entry returns share's answer and the lexicon's classes of a folded word.
func (p casePrior) entry(norm string) (float64, bool, ner.WordClass) {
	if p.lang == nil {
		return p.m.LexiconEntry(norm) // one look-up for both
	}
	share, known := p.lang.CapitalizedShare(norm)
	return share, known, p.m.WordClasses(norm)
}

// capPrior returns the prior's capitalized share of a folded word; for a
// word it has none for, 0 if the lexicon lists it as a common word or the
// language's dictionary makes it of one (lang.DictionaryForms: Russian
// БЕСПОКОЯТ, ВАЛЛИЙСКОМ, Turkish HESAPLIYORDU), else the share of the first
// stem of its analyses the prior knows (Turkish bakanlığının → bakanlık):
// the prior counts the forms text used, and headlines use others; failing
// those, 0 for a word the language's dictionary lists in lower case only
// (dictionaryWord: SCUFFLES, CARILLON), which English's prior, from the
// training text alone, does not know. The dictionary's form before the
// stems' guesses: a common word's oblique form may have a name's stem
// (Russian ФЕРМЕ, Ферма: Fermat). Chosen on dev data (-case upper), stems
// first → form first: NTREX dev, Russian 0.7451 → 0.7502, Turkish 0.8103
// → 0.8115; PUD 0.5597 → 0.5648; the Milliyet dev split 0.7993 → 0.7997,
// Turkish Wiki NER dev 0.7320 → 0.7332; in lower case and as written
// unchanged (ABD Büyükelçisiyle now büyükelçisiyle).
func (p casePrior) capPrior(norm string, l lang.Language) (float64, bool) {
	if share, ok := p.share(norm); ok {
		return share, true
	}
	if p.m.WordClasses(norm)&ner.CommonWord != 0 || p.dictionaryForm(norm) {
		return 0, true
	}
	for _, a := range l.Analyze(norm) {
		if a.Stem == norm {
			continue
		}
		if share, ok := p.share(a.Stem); ok {
			return share, true
		}
	}
	return 0, dictionaryWord(norm, l)
}

// ordinaryCaseReader reports whether the prior reads sentences that hold
// words in Title case: one in lower case but for a few (lowerSentence)
// and one in ordinary case that names nothing (capitalOpened), where only
// words it has never seen turn Title case. A model's does, counted from
// the text its tagger learned; a language's own does not, as its list of
// forms is outgrown by a rich inflection, and a text whose writer
// capitalizes has its names' capitals already. Russian's, reading them,
// made names of a given name that is a common noun (надежда, "hope") in a
// sentence that capitalizes three words, and of common words in oblique
// cases that the gazetteer's place names spell (плату, вине, парами) in
// five sentences opened by a capital, of NTREX Russian dev as published
// (0.8935 → 0.8920).
func (p casePrior) ordinaryCaseReader() bool { return p.lang == nil }

// titleCaseWordIn reports whether toks hold a word with a capital and
// then a lower-case letter.
func titleCaseWordIn(toks []lang.Token) bool {
	for i := range toks {
		t := &toks[i]
		if r, n := utf8.DecodeRuneInString(t.Text); t.Kind == lang.Word && lang.IsUpper(r) && hasLower(t.Text[n:]) {
			return true
		}
	}
	return false
}
