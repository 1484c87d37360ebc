package ner

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/ru"
	"github.com/varlik/varlik/lang/tr"
)

// TestTagParts checks appendContext and appendSparse against
// appendFeatures with contextPart and sparsePart on every token of the
// news test documents, and of their first lines in lower case, with each
// shipped model: appendContext's keys, without dense rows, are
// appendFeatures's in some order, and with the model's its keys and dense
// rows sum to theirs; appendSparse's keys are appendFeatures's, in order,
// with no filter and, those the filter lets through, with the model's.
func TestTagParts(t *testing.T) {
	g := gazetteer.Default()
	for _, l := range []lang.Language{tr.Turkish{}, en.English{}, ru.Russian{}} {
		m, err := shippedModel(l.Code())
		if err != nil {
			t.Fatal(err)
		}
		news, err := os.ReadFile("../testdata/news_" + l.Code() + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		text := string(news) + "\n\n" + strings.ToLower(string(news[:2000]))
		f, d := newKeyFilter(&m.table), newDenseRows(&m.table, &m.fs)
		toks := l.Tokenize(text)
		for _, s := range l.Sentences(text, toks) {
			st := toks[s.First:s.Last]
			attrs := make([]tokenAttrs, len(st))
			m.fs.fillAttrs(st, l, g.Match(st, l), attrs)
			for i := range st {
				want := appendFeatures(attrs, i, nil, contextPart)
				got := appendContext(nil, attrs, i, nil, nil)
				if !slices.Equal(sorted(got), sorted(want)) {
					t.Fatalf("%s, %q: appendContext %x, appendFeatures %x", l.Code(), st[i].Text, got, want)
				}
				var wantSum, gotSum [numLabels]int32
				m.table.sumRows(want, &wantSum)
				m.table.sumRows(appendContext(d, attrs, i, nil, &gotSum), &gotSum)
				if gotSum != wantSum {
					t.Fatalf("%s, %q: appendContext with dense rows sums %v, appendFeatures %v", l.Code(), st[i].Text, gotSum, wantSum)
				}
				want = appendFeatures(attrs, i, nil, sparsePart)
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

func sorted(keys []uint64) []uint64 { return slices.Sorted(slices.Values(keys)) }
