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

// TestTagParts checks appendContexts against appendFeatures with
// contextPart and sparsePart on every token of the news test documents,
// and of their first lines in lower case, with each shipped model: its
// keys without warm tables are appendFeatures's in some order, and with
// the model's filter and dense rows, its keys and dense rows, with the
// cues' rows of the sentence (denseRows.addCues), sum to theirs.
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
		w := newWarmTables(&m.table, &m.fs)
		toks := l.Tokenize(text)
		for _, s := range l.Sentences(text, toks) {
			st := toks[s.First:s.Last]
			attrs := make([]tokenAttrs, len(st))
			m.fs.fillAttrs(st, l, g.Match(st, l), attrs)
			n := len(st)
			ends, warmEnds := make([]int, n), make([]int, n)
			wantSums, gotSums := make([][numLabels]int32, n), make([][numLabels]int32, n)
			held := make([]bool, n+1)
			keys := appendContexts(nil, attrs, held, nil, make([][numLabels]int32, n), ends)
			warmKeys := appendContexts(w, attrs, held, nil, gotSums, warmEnds)
			w.dense.addCues(&m.table, attrs, gotSums)
			for i := range st {
				want := appendFeatures(attrs, i, nil, contextPart|sparsePart)
				start, warmStart := 0, 0
				if i > 0 {
					start, warmStart = ends[i-1], warmEnds[i-1]
				}
				if got := keys[start:ends[i]]; !slices.Equal(sorted(got), sorted(want)) {
					t.Fatalf("%s, %q: appendContexts %x, appendFeatures %x", l.Code(), st[i].Text, got, want)
				}
				m.table.sumRows(want, &wantSums[i])
				m.table.sumRows(warmKeys[warmStart:warmEnds[i]], &gotSums[i])
				if gotSums[i] != wantSums[i] {
					t.Fatalf("%s, %q: appendContexts with warm tables and the cues' rows sums %v, appendFeatures %v", l.Code(), st[i].Text, gotSums[i], wantSums[i])
				}
			}
		}
	}
}

func sorted(keys []uint64) []uint64 { return slices.Sorted(slices.Values(keys)) }

// TestPairsHeld checks pairsHeld against the pair filter asked pair by
// pair, with the sentence's start and end markers, on sentences of no
// token, one and several, with and without warm tables.
func TestPairsHeld(t *testing.T) {
	_, m := shippedTurkish(t)
	w := newWarmTables(&m.table, &m.fs)
	l := tr.Turkish{}
	for _, text := range []string{"", "Ankara", "Cumhurbaşkanı Erdoğan dün Ankara'da konuştu .", "\xff\xfe İzmir"} {
		toks := l.Tokenize(text)
		attrs := make([]tokenAttrs, len(toks))
		m.fs.fillAttrs(toks, l, nil, attrs)
		for _, warm := range []*warmTables{nil, w} {
			held := make([]bool, len(attrs)+1)
			pairsHeld(warm, attrs, held)
			for i := range held {
				before, after := &bosAttrs, &eosAttrs
				if i > 0 {
					before = &attrs[i-1]
				}
				if i < len(attrs) {
					after = &attrs[i]
				}
				if want := warm.mayHoldPair(before.normMix ^ after.norm); held[i] != want {
					t.Errorf("%q, warm %t, pair %d: %t, want %t", text, warm != nil, i, held[i], want)
				}
			}
		}
	}
}
