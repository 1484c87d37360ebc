package ner

import (
	"math"
	"sort"

	"github.com/varlik/varlik/lang"
)

// clusterMap maps the hash of a folded word to its word clusters: the
// cluster in a fine clustering in the low 16 bits and in a coarse one in
// the high 16 (each 1-based; 0 = the word was too rare to cluster).
type clusterMap map[uint64]uint32

// induceClusters clusters the folded words of sents by their neighbours
// (Ratinov & Roth 2009 use Brown clusters the same way: a rare name shares
// a cluster with the frequent names that occur in the same contexts). It
// runs the exchange algorithm (Martin, Liermann & Ney 1998) on the
// predictive class-bigram model of Uszkoreit & Brants (2008), summed over
// the left and the right neighbour, once with fine and once with coarse
// classes. Words seen fewer than minCount times are not clustered.
func induceClusters(sents [][]lang.Token, l lang.Language, fine, coarse, iters, minCount int) clusterMap {
	counts := map[string]int{}
	folded := make([][]string, len(sents))
	for i, s := range sents {
		folded[i] = make([]string, len(s))
		for j := range s {
			w := lang.FoldToken(&s[j], l)
			if s[j].Kind == lang.Number || s[j].Kind == lang.Date || s[j].Kind == lang.Percent {
				w = "<num>"
			}
			folded[i][j] = w
			counts[w]++
		}
	}
	// Word ids: 0 is the sentence boundary, 1 every rare word, then the
	// clustered words by descending frequency.
	var vocab []string
	for w, n := range counts {
		if n >= minCount {
			vocab = append(vocab, w)
		}
	}
	sort.Slice(vocab, func(i, j int) bool {
		if counts[vocab[i]] != counts[vocab[j]] {
			return counts[vocab[i]] > counts[vocab[j]]
		}
		return vocab[i] < vocab[j]
	})
	id := make(map[string]int32, len(vocab))
	for i, w := range vocab {
		id[w] = int32(i + 2)
	}
	seqs := make([][]int32, len(folded))
	for i, s := range folded {
		seq := make([]int32, 0, len(s)+2)
		seq = append(seq, 0)
		for _, w := range s {
			seq = append(seq, id[w]) // 0 → rare: use 1
			if seq[len(seq)-1] == 0 {
				seq[len(seq)-1] = 1
			}
		}
		seqs[i] = append(seq, 0)
	}
	out := clusterMap{}
	for shift, k := range []int{fine, coarse} {
		cls := exchange(seqs, len(vocab)+2, k, iters)
		for i, w := range vocab {
			out[hashString(w)] |= uint32(cls[i+2]+1) << (16 * shift)
		}
	}
	return out
}

// bigramList is the neighbours of one word with their counts.
type bigramList struct {
	v []int32
	n []float64
}

// exchange clusters words 2..nw-1 of seqs into k classes and returns each
// word's class (ids 0 and 1, boundary and rare words, stay unclustered
// contexts).
func exchange(seqs [][]int32, nw, k, iters int) []int32 {
	left := make([]map[int32]float64, nw) // left[w][v]: v precedes w
	right := make([]map[int32]float64, nw)
	freq := make([]float64, nw)
	for _, s := range seqs {
		for t := 1; t < len(s)-1; t++ {
			w := s[t]
			if left[w] == nil {
				left[w], right[w] = map[int32]float64{}, map[int32]float64{}
			}
			left[w][s[t-1]]++
			right[w][s[t+1]]++
			freq[w]++
		}
	}
	// Sorted neighbour lists make the sums, and so the clusters,
	// independent of map order.
	flat := func(m map[int32]float64) bigramList {
		var b bigramList
		for v := range m {
			b.v = append(b.v, v)
		}
		sort.Slice(b.v, func(i, j int) bool { return b.v[i] < b.v[j] })
		for _, v := range b.v {
			b.n = append(b.n, m[v])
		}
		return b
	}
	lb, rb := make([]bigramList, nw), make([]bigramList, nw)
	for w := range nw {
		lb[w], rb[w] = flat(left[w]), flat(right[w])
	}
	cls := make([]int32, nw)
	for w := 2; w < nw; w++ {
		cls[w] = int32((w - 2) % k)
	}
	// nl[v*k+c]: how often v precedes a word of class c; nr likewise for
	// follows; nc[c]: the frequency of class c.
	nl, nr, nc := make([]float64, nw*k), make([]float64, nw*k), make([]float64, k)
	move := func(w int, c int32, sign float64) {
		for i, v := range lb[w].v {
			nl[int(v)*k+int(c)] += sign * lb[w].n[i]
		}
		for i, v := range rb[w].v {
			nr[int(v)*k+int(c)] += sign * rb[w].n[i]
		}
		nc[c] += sign * freq[w]
	}
	for w := 2; w < nw; w++ {
		move(w, cls[w], 1)
	}
	f := func(x float64) float64 {
		if x <= 0 {
			return 0
		}
		return x * math.Log(x)
	}
	delta := make([]float64, k)
	for range iters {
		moved := 0
		for w := 2; w < nw; w++ {
			old := cls[w]
			move(w, old, -1)
			for c := range delta {
				delta[c] = -2 * (f(nc[c]+freq[w]) - f(nc[c]))
			}
			for _, side := range [2]struct {
				b   bigramList
				cnt []float64
			}{{lb[w], nl}, {rb[w], nr}} {
				for i, v := range side.b.v {
					n := side.b.n[i]
					row := side.cnt[int(v)*k : int(v)*k+k]
					for c, x := range row {
						delta[c] += f(x+n) - f(x)
					}
				}
			}
			best := old
			for c := range delta {
				if delta[c] > delta[best]+1e-9 {
					best = int32(c)
				}
			}
			if best != old {
				moved++
			}
			cls[w] = best
			move(w, best, 1)
		}
		if moved == 0 {
			break
		}
	}
	return cls
}
