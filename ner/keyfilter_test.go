package ner

import (
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"sync"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/tr"
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

// TestWarmConcurrent checks that goroutines tagging with one model while
// it crosses filterAfter, one of them building the warm tables that all
// then read, get the spans of a model that tagged alone.
func TestWarmConcurrent(t *testing.T) {
	_, alone := shippedTurkish(t)
	_, shared := shippedTurkish(t)
	text, err := os.ReadFile("../testdata/news_tr.txt")
	if err != nil {
		t.Fatal(err)
	}
	l, g := tr.Turkish{}, gazetteer.Default()
	toks := l.Tokenize(string(text))
	sents := l.Sentences(string(text), toks)
	want := make([][]annotation.Span, len(sents))
	for i, s := range sents {
		want[i] = alone.Tag(toks[s.First:s.Last], l, g)
	}
	const workers = 4
	passes := filterAfter/len(toks) + 1 // enough for one worker alone to cross the mark
	var wg sync.WaitGroup
	errs := make(chan string, workers)
	for range workers {
		wg.Go(func() {
			for range passes {
				for i, s := range sents {
					if got := shared.Tag(toks[s.First:s.Last], l, g); !slices.Equal(got, want[i]) {
						errs <- fmt.Sprintf("%q: %v, want %v", string(text[s.Start:s.End]), got, want[i])
						return
					}
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
	if shared.warm.Load() == nil {
		t.Error("no warm tables after the workers' passes")
	}
}
