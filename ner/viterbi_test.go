package ner

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestViterbiMatchesLoops checks the written-out viterbi against the loops
// it unrolls: for every label, every allowed predecessor in order, the
// first best kept; over random scores, transitions and token classes, and
// with the suffix mask's -Inf rows, the two must find the same labels.
func TestViterbiMatchesLoops(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var trans transitions
	for n := 1; n <= 40; n++ {
		for round := range 25 {
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
				}
			}
			if round%5 == 0 {
				attrs[rng.IntN(n)].cls = clsSuffix
				maskSuffix(attrs, em)
			}
			got, want := make([]int, n), make([]int, n)
			viterbi(em, attrs, &trans, make([][numLabels]int8, n), got)
			loopViterbi(em, attrs, &trans, want)
			if !slices.Equal(got, want) {
				t.Fatalf("n=%d round %d: viterbi %v, loops %v", n, round, got, want)
			}
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
