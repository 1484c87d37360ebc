package ru

import (
	_ "embed"

	"github.com/varlik/varlik/lang"
)

var _ lang.CasePrior = Russian{}

// capitalizedText is how often case-preserving Russian text (WikiNER
// Russian, FactRuEval's dev set) capitalizes each word form inside a
// sentence: a folded form, a tab and its lang.CaseBucket digit a line,
// sorted, after the comment lines (internal/gencaps). 52,000 forms, where
// the Russian model's own prior counts FactRuEval's 1,500: too few to
// restore the case of a text (recognize's minPriorWords).
//
//go:generate go run ./internal/gencaps -data ../../../shared/data -o data/capitalized.txt
//go:embed data/capitalized.txt
var capitalizedText string

// capitalized is capitalizedText's list, searched in place.
var capitalized = lang.NewSortedWords(capitalizedText)

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
