package ner

import "github.com/varlik/varlik/lang"

// CapitalizedShare returns the model's capitalization prior for a folded
// word (lang.Token.Norm): about what share of its occurrences in the
// model's training text were capitalized (the middle of the word's
// bucket: 0.01 for a word almost never capitalized ... 0.985 for one
// almost always), and whether the model has a prior for it at all. It lets
// a caller restore the likeliest case of words written in capitals, which
// carry none of their own (a headline), without copying the lexicon.
func (m *Model) CapitalizedShare(folded string) (share float64, known bool) {
	share, known, _ = m.LexiconEntry(folded)
	return share, known
}

// WordClasses returns the classes the model's lexicon gives a folded word
// (PersonName, CommonWord, Abbreviation...), 0 for a word it does not list.
func (m *Model) WordClasses(folded string) WordClass {
	v, _ := m.lexValue(hashString(folded))
	return WordClass(v &^ capMask)
}

// LexiconEntry returns CapitalizedShare and WordClasses of a folded word
// with one hash and one look-up, for a caller that asks both of every word
// (truecasing a sentence in lower case).
func (m *Model) LexiconEntry(folded string) (share float64, known bool, wc WordClass) {
	v, ok := m.lexValue(hashString(folded))
	wc = WordClass(v &^ capMask)
	if !ok {
		return 0, false, wc
	}
	share, known = lang.CaseBucketShare(uint8(v & capMask))
	return share, known, wc
}

// PriorWords returns the number of words the capitalization prior knows
// (CapitalizedShare's known): how far it can be trusted to restore the case
// of a text that lost it.
func (m *Model) PriorWords() int { return m.fs.lex.priorWords }
