package ner

import (
	"os"
	"slices"
	"testing"

	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang/tr"
)

// TestWordSumsExact checks, on the seed article with the shipped Turkish
// model, that the word part and the context part of every token's
// features are together exactly its features, and that the summed
// weights tagging computes through the word cache, cold and warm, equal a
// plain sum over all features.
func TestWordSumsExact(t *testing.T) {
	data, err := os.ReadFile("models/trmodel/tr.model")
	if err != nil {
		t.Fatal(err)
	}
	m, err := decodeModel(data, true)
	if err != nil {
		t.Fatal(err)
	}
	text, err := os.ReadFile("../testdata/xinhua_hangzhou_tr.txt")
	if err != nil {
		t.Fatal(err)
	}
	l := tr.Turkish{}
	toks := l.Tokenize(string(text))
	g := gazetteer.Default()
	var cache wordSums
	for _, s := range l.Sentences(string(text), toks) {
		st := toks[s.First:s.Last]
		attrs := make([]tokenAttrs, len(st))
		m.fs.computeAttrs(st, l, g, attrs)
		for pass := range 2 { // cold, then warm
			for i := range st {
				all := tokenFeatures(attrs, i, nil)
				parts := appendFeatures(attrs, i, appendFeatures(attrs, i, nil, wordPart), contextPart)
				slices.Sort(all)
				slices.Sort(parts)
				if !slices.Equal(all, parts) {
					t.Fatalf("%q: word and context parts %d features, all %d", st[i].Text, len(parts), len(all))
				}
				var want, got [numLabels]int32
				m.table.sumRows(tokenFeatures(attrs, i, nil), &want)
				cache.add(&m.table, attrs, i, nil, &got)
				m.table.sumRows(appendFeatures(attrs, i, nil, contextPart), &got)
				if got != want {
					t.Fatalf("pass %d, %q: cached sums %v, want %v", pass, st[i].Text, got, want)
				}
			}
		}
	}
}
