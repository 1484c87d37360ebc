package ner

import (
	"math"

	"github.com/varlik/varlik/annotation"
)

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

// viterbi is written for these nine labels: this fails to compile with
// another number.
var _ = [1]struct{}{}[numLabels-9]

// viterbi finds the best label sequence given emission scores em (n rows),
// the tokens' attributes (for their classes) and transition scores. back
// must hold n rows; the result is written to out.
func viterbi(em [][numLabels]float32, attrs []tokenAttrs, trans *transitions, back [][numLabels]int8, out []int) {
	n := len(em)
	if n == 0 {
		return
	}
	// The scores of the last token and of this one, in two arrays that
	// swap roles: copying next to cur, as viterbi did, read the nine
	// scores just stored one by one in wider loads, which the CPU cannot
	// forward from the stores and waited for; swapping takes 5% less
	// time (BenchmarkViterbiNews, 36.3 → 34.3 ns a token, medians of 3
	// interleaved runs).
	var scores [2][numLabels]float32
	cur, next := &scores[0], &scores[1]
	negInf := float32(math.Inf(-1))
	for y := range numLabels {
		if allowed(-1, y) {
			cur[y] = trans[attrs[0].cls][0][y] + em[0][y]
		} else {
			cur[y] = negInf
		}
	}
	for t := 1; t < n; t++ {
		tr := &trans[attrs[t].cls]
		// Only B-X and I-X may precede I-X: two candidates, not nine.
		// The four labels are written out, for the reason the
		// predecessors below are.
		e, bk := &em[t], &back[t]
		{
			best, arg := negInf, int8(0)
			if s := cur[labelIPer-1] + tr[labelIPer][labelIPer]; s > best {
				best, arg = s, labelIPer-1
			}
			if s := cur[labelIPer] + tr[labelIPer+1][labelIPer]; s > best {
				best, arg = s, labelIPer
			}
			next[labelIPer], bk[labelIPer] = best+e[labelIPer], arg
		}
		{
			best, arg := negInf, int8(0)
			if s := cur[labelILoc-1] + tr[labelILoc][labelILoc]; s > best {
				best, arg = s, labelILoc-1
			}
			if s := cur[labelILoc] + tr[labelILoc+1][labelILoc]; s > best {
				best, arg = s, labelILoc
			}
			next[labelILoc], bk[labelILoc] = best+e[labelILoc], arg
		}
		{
			best, arg := negInf, int8(0)
			if s := cur[labelIOrg-1] + tr[labelIOrg][labelIOrg]; s > best {
				best, arg = s, labelIOrg-1
			}
			if s := cur[labelIOrg] + tr[labelIOrg+1][labelIOrg]; s > best {
				best, arg = s, labelIOrg
			}
			next[labelIOrg], bk[labelIOrg] = best+e[labelIOrg], arg
		}
		{
			best, arg := negInf, int8(0)
			if s := cur[labelIMisc-1] + tr[labelIMisc][labelIMisc]; s > best {
				best, arg = s, labelIMisc-1
			}
			if s := cur[labelIMisc] + tr[labelIMisc+1][labelIMisc]; s > best {
				best, arg = s, labelIMisc
			}
			next[labelIMisc], bk[labelIMisc] = best+e[labelIMisc], arg
		}
		// The other five labels take the best of all nine predecessors,
		// the first of equal ones. This was most of the decoder's time
		// as a loop over the labels and, within it, the predecessors:
		// each label's nine comparisons waited on one another. With the
		// predecessors outside and the five labels' comparisons written
		// out within, the five maxima advance together: viterbi takes
		// 41% less time (BenchmarkViterbiNews, 61.4 → 36.2 ns a token,
		// medians of 3 interleaved runs; a form without branches, with
		// max and conditional moves, took 65-71 ns), and the tagger 5%
		// less (BenchmarkTagNews, 1.90M → 2.00M tokens/s, medians of 10
		// interleaved runs, December 5).
		//
		// The predecessors' loop is written out too, nine blocks with the
		// predecessor a constant: as a loop, its counter and the five
		// indices did not fit the registers beside the five maxima and
		// went to the stack, and the compiler moved the maxima from
		// register to register every round. Instructions of viterbi per
		// BenchmarkViterbiNews op (callgrind): 4.75M → 3.44M (-28%), and
		// 2.77M with the I-labels above written out too (-42%); wall time
		// too noisy that night to tell (six pairs, ratios 0.74-2.0,
		// median 0.79).
		b0, b1, b3, b5, b7 := negInf, negInf, negInf, negInf, negInf
		var a0, a1, a3, a5, a7 int8
		c, row := cur[0], &tr[1]
		if s := c + row[labelO]; s > b0 {
			b0, a0 = s, 0
		}
		if s := c + row[labelBPer]; s > b1 {
			b1, a1 = s, 0
		}
		if s := c + row[labelBLoc]; s > b3 {
			b3, a3 = s, 0
		}
		if s := c + row[labelBOrg]; s > b5 {
			b5, a5 = s, 0
		}
		if s := c + row[labelBMisc]; s > b7 {
			b7, a7 = s, 0
		}
		c, row = cur[1], &tr[2]
		if s := c + row[labelO]; s > b0 {
			b0, a0 = s, 1
		}
		if s := c + row[labelBPer]; s > b1 {
			b1, a1 = s, 1
		}
		if s := c + row[labelBLoc]; s > b3 {
			b3, a3 = s, 1
		}
		if s := c + row[labelBOrg]; s > b5 {
			b5, a5 = s, 1
		}
		if s := c + row[labelBMisc]; s > b7 {
			b7, a7 = s, 1
		}
		c, row = cur[2], &tr[3]
		if s := c + row[labelO]; s > b0 {
			b0, a0 = s, 2
		}
		if s := c + row[labelBPer]; s > b1 {
			b1, a1 = s, 2
		}
		if s := c + row[labelBLoc]; s > b3 {
			b3, a3 = s, 2
		}
		if s := c + row[labelBOrg]; s > b5 {
			b5, a5 = s, 2
		}
		if s := c + row[labelBMisc]; s > b7 {
			b7, a7 = s, 2
		}
		c, row = cur[3], &tr[4]
		if s := c + row[labelO]; s > b0 {
			b0, a0 = s, 3
		}
		if s := c + row[labelBPer]; s > b1 {
			b1, a1 = s, 3
		}
		if s := c + row[labelBLoc]; s > b3 {
			b3, a3 = s, 3
		}
		if s := c + row[labelBOrg]; s > b5 {
			b5, a5 = s, 3
		}
		if s := c + row[labelBMisc]; s > b7 {
			b7, a7 = s, 3
		}
		c, row = cur[4], &tr[5]
		if s := c + row[labelO]; s > b0 {
			b0, a0 = s, 4
		}
		if s := c + row[labelBPer]; s > b1 {
			b1, a1 = s, 4
		}
		if s := c + row[labelBLoc]; s > b3 {
			b3, a3 = s, 4
		}
		if s := c + row[labelBOrg]; s > b5 {
			b5, a5 = s, 4
		}
		if s := c + row[labelBMisc]; s > b7 {
			b7, a7 = s, 4
		}
		c, row = cur[5], &tr[6]
		if s := c + row[labelO]; s > b0 {
			b0, a0 = s, 5
		}
		if s := c + row[labelBPer]; s > b1 {
			b1, a1 = s, 5
		}
		if s := c + row[labelBLoc]; s > b3 {
			b3, a3 = s, 5
		}
		if s := c + row[labelBOrg]; s > b5 {
			b5, a5 = s, 5
		}
		if s := c + row[labelBMisc]; s > b7 {
			b7, a7 = s, 5
		}
		c, row = cur[6], &tr[7]
		if s := c + row[labelO]; s > b0 {
			b0, a0 = s, 6
		}
		if s := c + row[labelBPer]; s > b1 {
			b1, a1 = s, 6
		}
		if s := c + row[labelBLoc]; s > b3 {
			b3, a3 = s, 6
		}
		if s := c + row[labelBOrg]; s > b5 {
			b5, a5 = s, 6
		}
		if s := c + row[labelBMisc]; s > b7 {
			b7, a7 = s, 6
		}
		c, row = cur[7], &tr[8]
		if s := c + row[labelO]; s > b0 {
			b0, a0 = s, 7
		}
		if s := c + row[labelBPer]; s > b1 {
			b1, a1 = s, 7
		}
		if s := c + row[labelBLoc]; s > b3 {
			b3, a3 = s, 7
		}
		if s := c + row[labelBOrg]; s > b5 {
			b5, a5 = s, 7
		}
		if s := c + row[labelBMisc]; s > b7 {
			b7, a7 = s, 7
		}
		c, row = cur[8], &tr[9]
		if s := c + row[labelO]; s > b0 {
			b0, a0 = s, 8
		}
		if s := c + row[labelBPer]; s > b1 {
			b1, a1 = s, 8
		}
		if s := c + row[labelBLoc]; s > b3 {
			b3, a3 = s, 8
		}
		if s := c + row[labelBOrg]; s > b5 {
			b5, a5 = s, 8
		}
		if s := c + row[labelBMisc]; s > b7 {
			b7, a7 = s, 8
		}
		next[labelO], bk[labelO] = b0+e[labelO], a0
		next[labelBPer], bk[labelBPer] = b1+e[labelBPer], a1
		next[labelBLoc], bk[labelBLoc] = b3+e[labelBLoc], a3
		next[labelBOrg], bk[labelBOrg] = b5+e[labelBOrg], a5
		next[labelBMisc], bk[labelBMisc] = b7+e[labelBMisc], a7
		cur, next = next, cur
	}
	best, arg := negInf, 0
	for y := range numLabels {
		if cur[y] > best {
			best, arg = cur[y], y
		}
	}
	out[n-1] = arg
	for t := n - 1; t > 0; t-- {
		out[t-1] = int(back[t][out[t]])
	}
}

// maskSuffix lets an apostrophe suffix token take only the O label: a
// suffix is never part of an entity (Çin'in → Çin), so spans stop before
// it, in training as in tagging.
func maskSuffix(attrs []tokenAttrs, em [][numLabels]float32) {
	negInf := float32(math.Inf(-1))
	for i := range attrs {
		if attrs[i].cls == clsSuffix {
			for y := labelO + 1; y < numLabels; y++ {
				em[i][y] = negInf
			}
		}
	}
}
