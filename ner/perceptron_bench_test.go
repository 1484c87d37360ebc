package ner

import (
	"os"
	"testing"

	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang/tr"
)

// BenchmarkTag measures the tagger alone (features, including morphology
// when the model uses it, scoring and Viterbi; no gazetteer) with the
// embedded Turkish model on the seed article.
func BenchmarkTag(b *testing.B) { benchmarkTag(b, nil) }

// BenchmarkTagGazetteer is BenchmarkTag with the default gazetteer's
// matching (features and fallback), as the Extractor runs it.
func BenchmarkTagGazetteer(b *testing.B) { benchmarkTag(b, gazetteer.Default()) }

func benchmarkTag(b *testing.B, g *gazetteer.Gazetteer) {
	m, err := shippedModel("tr")
	if err != nil {
		b.Skip(err)
	}
	text, err := os.ReadFile("../testdata/xinhua_hangzhou_tr.txt")
	if err != nil {
		b.Fatal(err)
	}
	l := tr.Turkish{}
	toks := l.Tokenize(string(text))
	sents := l.Sentences(string(text), toks)
	b.ReportAllocs()
	b.ResetTimer()
	n := 0
	for b.Loop() {
		for _, s := range sents {
			m.Tag(toks[s.First:s.Last], l, g)
		}
		n += len(toks)
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "tokens/s")
}
