package relation

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestRunSets checks that runSets.matching lists, in order, the runs
// whose sentence has every required bit, and every run whose sentence
// has no set, on random sentence sets.
func TestRunSets(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for range 500 {
		ix := &phraseIndex{words: 1 + rng.IntN(3)}
		nSent, base := 1+rng.IntN(150), rng.IntN(3)
		sentences := bitSets{bits: make([]uint64, nSent*ix.words), words: ix.words}
		for i := range sentences.bits {
			sentences.bits[i] = rng.Uint64() & rng.Uint64() // about a quarter of the bits
		}
		var runs []sentenceRun
		for range rng.IntN(200) { // some before base or past the sets
			runs = append(runs, sentenceRun{sent: rng.IntN(nSent+base+2) - 1})
		}
		runs = append(runs, sentenceRun{sent: -1})
		var need, other []int // the bits of a Pattern, and of others
		for bit := range ix.words * 64 {
			switch rng.IntN(40) {
			case 0:
				need = append(need, bit)
			case 1, 2:
				other = append(other, bit)
			}
		}
		ix.setRequired([][]int{need, other}, ix.words*64)
		var want []int
		for r, run := range runs[:len(runs)-1] {
			sent := run.sent - base
			if sent < 0 || sent >= nSent || !slices.ContainsFunc(need, func(bit int) bool { return !sentences.has(sent, bit) }) {
				want = append(want, r)
			}
		}
		got := slices.Collect(ix.runSets(sentences, base, runs, &matcherBuffers{}).matching(ix.need[0]))
		if !slices.Equal(got, want) {
			t.Fatalf("need %v: runs %v, want %v", need, got, want)
		}
	}
}
