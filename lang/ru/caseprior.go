package ru

import (
	_ "embed"

	"github.com/varlik/varlik/lang"
)

var _ lang.CasePrior = Russian{}

// capitalizedText is how often case-preserving Russian text (WikiNER
// Russian's, FactRuEval's dev set less its held-out documents)
// capitalizes each word form inside a sentence: a folded form, a tab and
// its lang.CaseBucket digit a line, sorted, after the comment lines
// (internal/gencaps). 51,400 forms, where
// the Russian model's own prior counts FactRuEval's 1,500: too few to
// restore the case of a text (recognize's minPriorWords).
//
//go:generate go run ./internal/gencaps -data ../../../shared/data -o data/capitalized.txt
//go:generate go test -run TestCapitalizedIndex -update .
//go:embed data/capitalized.txt
var capitalizedText string

// capitalizedIndex is capitalizedText's lines by the hash of their form
// (lang.KeyedLines), made at generate time (TestCapitalizedIndex checks it
// is current): truecasing text in lower case asks it of every word, and a
// bisection of the text took a fifth of the time.
//
//go:embed data/capitalized.idx
var capitalizedIndex string

// capitalized is capitalizedText's list, read in place.
var capitalized = lang.NewKeyedLines(capitalizedText, capitalizedIndex)

// dictionaryFormsBloom is every form of the Russian dictionary's words
// written in lower case only, as a Bloom filter (internal/genforms; needs
// Debian's hunspell-ru).
//
//go:generate go run ./internal/genforms -o data/dictionary_forms.bloom
//go:embed data/dictionary_forms.bloom
var dictionaryFormsBloom string

// dictionaryForms is dictionaryFormsBloom's set, read in place.
var dictionaryForms = lang.NewBloomWords(dictionaryFormsBloom)

// CapitalizedShare implements lang.CasePrior: the share of its bucket for a
// form the counted text holds (москва 0.985, президент 0.06), and false
// for one it does not. Only the form itself is looked up: an inflected
// form's stem may be another word's.
func (Russian) CapitalizedShare(norm string) (float64, bool) {
	v, ok := capitalized.Value(norm)
	if !ok || len(v) != 1 || v[0] < '0' || v[0] > '9' {
		return 0, false
	}
	return lang.CaseBucketShare(v[0] - '0')
}

var _ lang.DictionaryForms = Russian{}

// DictionaryForm implements lang.DictionaryForms: whether norm may be a
// form of a word the dictionary writes in lower case only (беспокоят,
// валлийском), and is no given name; about three in a thousand other
// words are taken for one too (the Bloom filter's rate).
func (r Russian) DictionaryForm(norm string) bool {
	return norm != "" && dictionaryForms.Has(norm) && !r.GivenName(norm)
}
