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
	f := newWarmTables(&m.table, &m.fs).filter
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

// TestUnmix64 checks that unmix64 inverts mix64, on edge values and
// random ones, and that keyValues and featValue give the values of a
// template's features, both of key 1's.
func TestUnmix64(t *testing.T) {
	inv1, inv2 := uint64(mix64Inv1), uint64(mix64Inv2) // variables: their products wrap
	if inv1*0xbf58476d1ce4e5b9 != 1 || inv2*0x94d049bb133111eb != 1 {
		t.Fatal("mix64Inv1 or mix64Inv2 is not its multiplier's inverse")
	}
	r := rand.New(rand.NewPCG(3, 4))
	xs := []uint64{0, 1, 1 << 63, ^uint64(0), 0x9e3779b97f4a7c15}
	for range 1000 {
		xs = append(xs, r.Uint64())
	}
	for _, x := range xs {
		if got := unmix64(mix64(x)); got != x {
			t.Fatalf("unmix64(mix64(%#x)) = %#x", x, got)
		}
		for _, tmpl := range []uint64{tBigramL, tBigramR, tCluTri} {
			if u, _ := keyValues(feat(tmpl, x)); featValue(tmpl, u) != x {
				t.Fatalf("template %d, value %#x: keyValues and featValue give %#x", tmpl, x, featValue(tmpl, u))
			}
		}
	}
	// The value whose mix is 0, whose feature is key 1 too.
	for _, tmpl := range []uint64{tBigramL, tBigramR, tCluTri} {
		x := featValue(tmpl, 0)
		if u, one := keyValues(1); feat(tmpl, x) != 1 || !one || feat(tmpl, featValue(tmpl, u)) != 1 {
			t.Errorf("template %d: key 1's values", tmpl)
		}
	}
}

// TestPairFilter checks that the word-pair filter of the shipped Turkish
// model holds every pair of two words of the news test documents whose
// word-pair keys the table holds, and rules out most of the others.
func TestPairFilter(t *testing.T) {
	_, m := shippedTurkish(t)
	w := newWarmTables(&m.table, &m.fs)
	l := tr.Turkish{}
	news, err := os.ReadFile("../testdata/news_tr.txt")
	if err != nil {
		t.Fatal(err)
	}
	toks := l.Tokenize(string(news))
	held, passed, absent := 0, 0, 0
	for i := 1; i < len(toks); i++ {
		attrs := make([]tokenAttrs, 2)
		m.fs.fillAttrs(toks[i-1:i+1], l, nil, attrs)
		x := attrs[0].normMix ^ attrs[1].norm
		inTable := false
		for _, tmpl := range []uint64{tBigramL, tBigramR} {
			if m.table.get(featMixed(tmpl, attrs[0].normMix, attrs[1].norm)) != (rowWeights{}) {
				inTable = true
			}
		}
		switch {
		case inTable:
			held++
			if !w.mayHoldPair(x) {
				t.Fatalf("the pair filter drops %q %q, whose keys the table holds", toks[i-1].Text, toks[i].Text)
			}
		case w.mayHoldPair(x):
			passed++
			absent++
		default:
			absent++
		}
	}
	if held == 0 || passed > absent/4 {
		t.Errorf("%d pairs held; %d of %d others pass the filter", held, passed, absent)
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
