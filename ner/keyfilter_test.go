package ner

import (
	"math/rand/v2"
	"testing"

	"github.com/varlik/varlik/lang"
)

// TestKeyFilter checks that the filter lets every key of the shipped
// Turkish model through, and few others.
func TestKeyFilter(t *testing.T) {
	_, m := shippedTurkish(t)
	f := newKeyFilter(&m.table)
	for _, s := range m.table.slots {
		if s.key != 0 && !f.mayHold(s.key) {
			t.Fatalf("the filter drops key %#x, which the table holds", s.key)
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	passed := 0
	const n = 100000
	for range n {
		if f.mayHold(mix64(r.Uint64())) {
			passed++
		}
	}
	if passed > n/10 {
		t.Errorf("%d of %d absent keys pass the filter", passed, n)
	}
}

// TestFilterAfter checks that a model builds its filter and dense rows
// once it has tagged filterAfter tokens, and not before.
func TestFilterAfter(t *testing.T) {
	_, m := shippedTurkish(t)
	toks := []lang.Token{{Text: "Ankara", End: 6, Kind: lang.Word, Norm: "ankara"}}
	for n := 0; n < filterAfter; n += len(toks) {
		if m.warm.Load() != nil {
			t.Fatalf("filter built after %d tokens", n)
		}
		m.Tag(toks, nil, nil)
	}
	if m.warm.Load() == nil {
		t.Fatalf("no filter after %d tokens", filterAfter)
	}
}
