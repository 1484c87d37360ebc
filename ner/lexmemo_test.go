package ner

import (
	"math/rand/v2"
	"sync"
	"testing"
)

// TestLexMemo checks that the memo answers as the lexicon does, for keys
// the shipped Turkish lexicon lists (with any low 16 bits) and keys it
// lacks, keys that share a slot and differ in their other bits (bit 16
// of the top bits among them), the keys whose top bits are 0 to 3, which
// an empty slot's or a lacking key's mark would answer if read wrongly,
// asked in turn and again, from several goroutines at once.
func TestLexMemo(t *testing.T) {
	_, m := shippedTurkish(t)
	lex := &m.fs.lex
	rng := rand.New(rand.NewPCG(5, 6))
	var keys []uint64
	entries := lexEntries(lex)
	for range 2000 {
		e := entries[rng.IntN(len(entries))]
		keys = append(keys, e&^lexValueMask|rng.Uint64()&lexValueMask, rng.Uint64())
	}
	for _, k := range keys[:200] {
		// The same slot, other top bits: bit 16 flipped, and bits above the
		// slot's index.
		keys = append(keys, k^1<<16, k^1<<40, k^3<<16)
	}
	for top := range uint64(4) {
		keys = append(keys, top<<16, top<<16|0xffff)
	}
	memo := newLexMemo()
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for round := range 3 {
				for i := range keys {
					k := keys[(i*(g+1)+round)%len(keys)]
					wantV, wantOK := lex.get(k)
					if v, ok := memo.get(lex, k); v != wantV || ok != wantOK {
						t.Errorf("key %#x: memo %d %t, lexicon %d %t", k, v, ok, wantV, wantOK)
						return
					}
				}
			}
		})
	}
	wg.Wait()
	for _, k := range keys[:100] { // through the model's own memo
		wantV, wantOK := lex.get(k)
		if v, ok := m.lexValue(k); v != wantV || ok != wantOK {
			t.Errorf("key %#x: lexValue %d %t, lexicon %d %t", k, v, ok, wantV, wantOK)
		}
	}
}
