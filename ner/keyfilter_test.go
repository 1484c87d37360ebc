package ner

import (
	"math/rand/v2"
	"os"
	"slices"
	"testing"

	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/ru"
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

// TestFilterAfter checks that a model builds its filter once it has
// tagged filterAfter tokens, and not before.
func TestFilterAfter(t *testing.T) {
	_, m := shippedTurkish(t)
	toks := []lang.Token{{Text: "Ankara", End: 6, Kind: lang.Word, Norm: "ankara"}}
	for n := 0; n < filterAfter; n += len(toks) {
		if m.filter.Load() != nil {
			t.Fatalf("filter built after %d tokens", n)
		}
		m.Tag(toks, nil, nil)
	}
	if m.filter.Load() == nil {
		t.Fatalf("no filter after %d tokens", filterAfter)
	}
}

// TestAppendSparse checks appendSparse against appendFeatures with
// sparsePart, key for key and in order, on every token of the news test
// documents with each shipped model, with no filter and with the model's.
func TestAppendSparse(t *testing.T) {
	g := gazetteer.Default()
	for _, l := range []lang.Language{tr.Turkish{}, en.English{}, ru.Russian{}} {
		m, err := shippedModel(l.Code())
		if err != nil {
			t.Fatal(err)
		}
		text, err := os.ReadFile("../testdata/news_" + l.Code() + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		f := newKeyFilter(&m.table)
		toks := l.Tokenize(string(text))
		for _, s := range l.Sentences(string(text), toks) {
			st := toks[s.First:s.Last]
			attrs := make([]tokenAttrs, len(st))
			m.fs.fillAttrs(st, l, g.Match(st, l), attrs)
			for i := range st {
				want := appendFeatures(attrs, i, nil, sparsePart)
				if got := appendSparse(nil, attrs, i, nil); !slices.Equal(got, want) {
					t.Fatalf("%s, %q: appendSparse %x, appendFeatures %x", l.Code(), st[i].Text, got, want)
				}
				want = slices.DeleteFunc(want, func(k uint64) bool { return !f.mayHold(k) })
				if got := appendSparse(f, attrs, i, nil); !slices.Equal(got, want) {
					t.Fatalf("%s, %q: filtered appendSparse %x, want %x", l.Code(), st[i].Text, got, want)
				}
			}
		}
	}
}
