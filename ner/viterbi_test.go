package ner

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestViterbiMatchesLoops checks the written-out viterbi, without and
// with the transitions' bound, against the loops it unrolls: for every
// label, every allowed predecessor in order, the first best kept; over
// random scores, transitions and token classes, with the loops given the
// suffix tokens' rows masked to -Inf (viterbi masks them itself), the two
// must find the same labels, viterbi from float and integer scores alike. Scores of few
// distinct values make ties; in every other round they are far apart, as
// a tagger's are, and O is often far ahead (aheadO).
func TestViterbiMatchesLoops(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var trans transitions
	for n := 1; n <= 40; n++ {
		for round := range 50 {
			for c := range trans {
				for p := range trans[c] {
					for y := range trans[c][p] {
						trans[c][p][y] = float32(rng.NormFloat64())
					}
				}
			}
			em := make([][numLabels]float32, n)
			attrs := make([]tokenAttrs, n)
			for i := range em {
				attrs[i].cls = uint8(rng.IntN(numCls))
				for y := range em[i] {
					// Few distinct values make ties, which the order of
					// comparison decides.
					em[i][y] = float32(rng.IntN(4))
					if round%2 == 1 {
						em[i][y] *= 1000
					}
				}
				if round%2 == 1 && rng.IntN(2) == 0 {
					em[i][labelO] += 4000 // O ahead of every other label
				}
			}
			if round%5 == 0 {
				attrs[rng.IntN(n)].cls = clsSuffix
			}
			// The loops read the suffix tokens' rows masked, viterbi the
			// scores as they are, as floats and as the integers they are.
			masked, sums := slices.Clone(em), make([][numLabels]int32, n)
			for i := range em {
				for y := range em[i] {
					sums[i][y] = int32(em[i][y])
					if attrs[i].cls == clsSuffix && y != labelO {
						masked[i][y] = float32(math.Inf(-1))
					}
				}
			}
			want := make([]int, n)
			loopViterbi(masked, attrs, &trans, want)
			for _, bound := range []*transBound{nil, boundOf(&trans)} {
				got, gotSums := make([]int, n), make([]int, n)
				viterbi(em, attrs, &trans, bound, make([][numLabels]int8, n), got)
				viterbi(sums, attrs, &trans, bound, make([][numLabels]int8, n), gotSums)
				if !slices.Equal(got, want) || !slices.Equal(gotSums, want) {
					t.Fatalf("n=%d round %d, bound %t: viterbi %v (integer scores %v), loops %v", n, round, bound != nil, got, gotSums, want)
				}
			}
		}
	}
}

// TestAheadO checks that when aheadO holds, O is the strict best
// predecessor of O and every B- label in float32, over random transitions
// and path scores of large magnitudes (where float32 rounds by whole
// units), some of them placed just below the test's floor and just above
// it, and that it holds in the plain cases.
func TestAheadO(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	var trans transitions
	ahead := 0
	for round := range 20000 {
		scale := float32(math.Pow(10, float64(rng.IntN(8))))
		for c := range trans {
			for p := range trans[c] {
				for y := range trans[c][p] {
					trans[c][p][y] = float32(rng.NormFloat64()) * scale
				}
			}
		}
		b := boundOf(&trans)
		cls := uint8(rng.IntN(numCls))
		var cur [numLabels]float32
		o := float32(rng.NormFloat64()) * scale * 1000
		for y := range cur {
			gap := b[cls].spread * (1 + float32(rng.ExpFloat64()))
			if round%3 == 0 { // at the floor, a few units of rounding either side
				gap = b[cls].spread + (abs32(o)+b[cls].size)*0x1p-18*float32(rng.IntN(3)) + float32(rng.IntN(5)-2)
			}
			cur[y] = o - gap
			if round%7 == 0 && y == 3 {
				cur[y] = float32(math.Inf(-1))
			}
		}
		cur[labelO] = o
		if !b[cls].aheadO(&cur) {
			continue
		}
		ahead++
		tr := &trans[cls]
		for _, y := range []int{labelO, labelBPer, labelBLoc, labelBOrg, labelBMisc} {
			for p := 1; p < numLabels; p++ {
				if !(cur[p]+tr[p+1][y] < cur[labelO]+tr[labelO+1][y]) {
					t.Fatalf("round %d: O is ahead for %d, but %d scores %v against %v", round, y, p, cur[p]+tr[p+1][y], cur[labelO]+tr[labelO+1][y])
				}
			}
		}
	}
	if ahead < 10000 {
		t.Errorf("O was ahead in %d rounds of 20000", ahead)
	}
	negInf := float32(math.Inf(-1))
	for _, cur := range []*[numLabels]float32{{}, {0, negInf, negInf, negInf, negInf, negInf, negInf, negInf, negInf}} {
		if noBound[0].aheadO(cur) {
			t.Errorf("no bound found O ahead in %v", cur)
		}
	}
}

// loopViterbi is viterbi as loops over the labels and their predecessors.
func loopViterbi(em [][numLabels]float32, attrs []tokenAttrs, trans *transitions, out []int) {
	n := len(em)
	negInf := float32(math.Inf(-1))
	back := make([][numLabels]int8, n)
	var cur [numLabels]float32
	for y := range numLabels {
		cur[y] = negInf
		if allowed(-1, y) {
			cur[y] = trans[attrs[0].cls][0][y] + em[0][y]
		}
	}
	for t := 1; t < n; t++ {
		var next [numLabels]float32
		for y := range numLabels {
			best, arg := negInf, int8(0)
			for p := range numLabels {
				if !allowed(p, y) {
					continue
				}
				if s := cur[p] + trans[attrs[t].cls][p+1][y]; s > best {
					best, arg = s, int8(p)
				}
			}
			next[y], back[t][y] = best+em[t][y], arg
		}
		cur = next
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
