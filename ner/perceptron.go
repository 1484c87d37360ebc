package ner

import "github.com/varlik/varlik/annotation"

// Labels, in model order. I-X may only follow B-X or I-X (IOB2); Viterbi
// enforces that, so every decoded sequence is a well-formed set of spans.
const (
	labelO = iota
	labelBPer
	labelIPer
	labelBLoc
	labelILoc
	labelBOrg
	labelIOrg
	labelBMisc
	labelIMisc
	numLabels
)

// labelNames are the labels as written in model files and CoNLL output.
var labelNames = [numLabels]string{"O", "B-PERSON", "I-PERSON", "B-LOCATION", "I-LOCATION", "B-ORGANIZATION", "I-ORGANIZATION", "B-MISC", "I-MISC"}

// labelTypes maps a label to its entity type ("" for O).
var labelTypes = [numLabels]annotation.Type{"", annotation.Person, annotation.Person, annotation.Location, annotation.Location, annotation.Organization, annotation.Organization, annotation.Misc, annotation.Misc}

// isInside reports whether label y is an I- label.
func isInside(y int) bool { return y != labelO && y%2 == 0 }

// allowed reports whether label y may follow label prev (prev = -1 at the
// start of a sentence).
func allowed(prev, y int) bool {
	if !isInside(y) {
		return true
	}
	return prev == y || prev == y-1
}

// rowWeights are the quantized weights of one feature for every label.
type rowWeights [numLabels]int16

// numCls is the number of coarse shape classes (clsBoundary...).
const numCls = int(clsInitCapDot) + 1

// transitions holds label-bigram scores conditioned on the coarse shape
// class of the token entered: t[cls][prev+1][y] scores label y after label
// prev (prev+1 = 0 at the sentence start) on a token of class cls. The
// condition lets the tagger learn that a name goes on over a capitalized
// word but rarely over a comma or a lower-case word (Osmanlı Devleti ,
// Anadolu is two names).
type transitions [numCls][numLabels + 1][numLabels]float32
