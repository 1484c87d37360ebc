package ner

import "math"

// viterbi is written for these nine labels: this fails to compile with
// another number.
var _ = [1]struct{}{}[numLabels-9]

// viterbi finds the best label sequence given emission scores em (n rows:
// the tagger's integer sums, or training's float weights, each converted
// to float32 as it is read), the tokens' attributes (for their classes),
// transition scores and their bound (nil: none; see aheadO). An
// apostrophe suffix token takes only the O label: a suffix is never part
// of an entity (Çin'in → Çin), so spans stop before it, in training as in
// tagging; the other labels' paths through it score -Inf, as an emission
// score of -Inf would make them. back must hold n rows; the result is
// written to out. The tagger's sums are read here, rather than from a
// float32 copy with the suffix tokens' rows masked: the copy took 0.7M
// instructions of a BenchmarkExtract news op, the conversions here 0.4M.
func viterbi[E float32 | int32](em [][numLabels]E, attrs []tokenAttrs, trans *transitions, bound *transBound, back [][numLabels]int8, out []int) {
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
	if bound == nil {
		bound = &noBound
	}
	var scores [2][numLabels]float32
	cur, next := &scores[0], &scores[1]
	negInf := float32(math.Inf(-1))
	for y := range numLabels {
		if allowed(-1, y) {
			cur[y] = trans[attrs[0].cls][0][y] + float32(em[0][y])
		} else {
			cur[y] = negInf
		}
	}
	if attrs[0].cls == clsSuffix {
		onlyO(cur)
	}
	for t := 1; t < n; t++ {
		cls := attrs[t].cls
		tr := &trans[cls]
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
			next[labelIPer], bk[labelIPer] = best+float32(e[labelIPer]), arg
		}
		{
			best, arg := negInf, int8(0)
			if s := cur[labelILoc-1] + tr[labelILoc][labelILoc]; s > best {
				best, arg = s, labelILoc-1
			}
			if s := cur[labelILoc] + tr[labelILoc+1][labelILoc]; s > best {
				best, arg = s, labelILoc
			}
			next[labelILoc], bk[labelILoc] = best+float32(e[labelILoc]), arg
		}
		{
			best, arg := negInf, int8(0)
			if s := cur[labelIOrg-1] + tr[labelIOrg][labelIOrg]; s > best {
				best, arg = s, labelIOrg-1
			}
			if s := cur[labelIOrg] + tr[labelIOrg+1][labelIOrg]; s > best {
				best, arg = s, labelIOrg
			}
			next[labelIOrg], bk[labelIOrg] = best+float32(e[labelIOrg]), arg
		}
		{
			best, arg := negInf, int8(0)
			if s := cur[labelIMisc-1] + tr[labelIMisc][labelIMisc]; s > best {
				best, arg = s, labelIMisc-1
			}
			if s := cur[labelIMisc] + tr[labelIMisc+1][labelIMisc]; s > best {
				best, arg = s, labelIMisc
			}
			next[labelIMisc], bk[labelIMisc] = best+float32(e[labelIMisc]), arg
		}
		// The other five labels take the best of all nine predecessors.
		// For most tokens outside names that is O, far ahead of the
		// others (aheadO).
		if bound[cls].aheadO(cur) {
			c, row := cur[labelO], &tr[labelO+1]
			next[labelO], bk[labelO] = c+row[labelO]+float32(e[labelO]), labelO
			next[labelBPer], bk[labelBPer] = c+row[labelBPer]+float32(e[labelBPer]), labelO
			next[labelBLoc], bk[labelBLoc] = c+row[labelBLoc]+float32(e[labelBLoc]), labelO
			next[labelBOrg], bk[labelBOrg] = c+row[labelBOrg]+float32(e[labelBOrg]), labelO
			next[labelBMisc], bk[labelBMisc] = c+row[labelBMisc]+float32(e[labelBMisc]), labelO
		} else {
			bestOfAll(cur, tr, e, next, bk)
		}
		if cls == clsSuffix {
			onlyO(next)
		}
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

// bestOfAll sets next and bk for the labels that any label may precede
// (O and the B- labels): the best of all nine predecessors in cur, by the
// transitions tr into the token and its emission scores e, the first of
// equal ones.
func bestOfAll[E float32 | int32](cur *[numLabels]float32, tr *[numLabels + 1][numLabels]float32, e *[numLabels]E, next *[numLabels]float32, bk *[numLabels]int8) {
	// This was most of the decoder's time
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
	negInf := float32(math.Inf(-1))
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
	next[labelO], bk[labelO] = b0+float32(e[labelO]), a0
	next[labelBPer], bk[labelBPer] = b1+float32(e[labelBPer]), a1
	next[labelBLoc], bk[labelBLoc] = b3+float32(e[labelBLoc]), a3
	next[labelBOrg], bk[labelBOrg] = b5+float32(e[labelBOrg]), a5
	next[labelBMisc], bk[labelBMisc] = b7+float32(e[labelBMisc]), a7
}

// onlyO sets the scores of the paths to a token that end in a label other
// than O to -Inf: those of an apostrophe suffix token (viterbi).
func onlyO(scores *[numLabels]float32) {
	negInf := float32(math.Inf(-1))
	for y := labelO + 1; y < numLabels; y++ {
		scores[y] = negInf
	}
}

// transBound bounds, for each class of token, the transitions into it
// that lead to O or a B- label (classBound).
type transBound [numCls]classBound

// classBound bounds the transitions into a token of one class that lead
// to O or a B- label: how much they differ between two predecessors at
// most (spread: over the nine, for each label, the largest less the
// least; the largest of the five), and their largest magnitude. aheadO
// reads them.
type classBound struct {
	spread, size float32
	slack        float32 // spread + size*2^-18, aheadO's margin but for O's own magnitude
}

// noBound is the bound of viterbi given none: an infinite spread, with
// which aheadO never holds.
var noBound = func() (b transBound) {
	for c := range b {
		b[c].spread, b[c].slack = float32(math.Inf(1)), float32(math.Inf(1))
	}
	return b
}()

// boundOf returns the bound of trans.
func boundOf(trans *transitions) *transBound {
	b := new(transBound)
	for c := range trans {
		for _, y := range [...]int{labelO, labelBPer, labelBLoc, labelBOrg, labelBMisc} {
			lo, hi := trans[c][1][y], trans[c][1][y]
			for p := range numLabels {
				v := trans[c][p+1][y]
				lo, hi = min(lo, v), max(hi, v)
				b[c].size = max(b[c].size, abs32(v))
			}
			b[c].spread = max(b[c].spread, hi-lo)
		}
		b[c].slack = b[c].spread + b[c].size*0x1p-18
	}
	return b
}

// aheadO reports whether O, in cur, the scores of the paths to the last
// token, is the best predecessor of O and of every B- label on a token of
// b's class, when b shows it without comparing: when every other label's
// score is lower than O's by more than the spread of the transitions.
// Each other label p then ends a path that is lower for every label y
// than O's,
//
//	cur[p] + tr[p][y] < cur[O] - spread + tr[p][y] <= cur[O] + tr[O][y],
//
// and so is its sum in float32, which rounds by less than the margin
// the test leaves: a relative 2^-18 of the magnitudes, where float32
// rounds each operation by at most 2^-24. On news, O is so far ahead for
// most tokens outside names (spreads of 14,000 to 27,000 in Turkish and
// Russian, 1,300 to 6,000 in English). It is small enough to inline in
// viterbi's loop, whose registers its call had sent to the stack.
func (b *classBound) aheadO(cur *[numLabels]float32) bool {
	o := cur[labelO]
	floor := o - b.slack - max(o, -o)*0x1p-18 // max: abs32 would take it over the inliner's budget
	// Written out: as a loop, the counter costs as much as the tests.
	return cur[1] < floor && cur[2] < floor && cur[3] < floor && cur[4] < floor &&
		cur[5] < floor && cur[6] < floor && cur[7] < floor && cur[8] < floor
}

// abs32 returns the magnitude of f.
func abs32(f float32) float32 {
	if f < 0 {
		return -f
	}
	return f
}
