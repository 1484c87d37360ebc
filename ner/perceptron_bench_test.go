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
func BenchmarkTag(b *testing.B) { benchmarkTag(b, seedArticle, nil) }

// BenchmarkTagGazetteer is BenchmarkTag with the default gazetteer's
// matching (features and fallback), as the Extractor runs it.
func BenchmarkTagGazetteer(b *testing.B) { benchmarkTag(b, seedArticle, gazetteer.Default()) }

// BenchmarkTagNews is BenchmarkTagGazetteer on 54 KB of Turkish news
// (NTREX-128, as entity's BenchmarkExtract/news): its many distinct words
// look up rare features, whose weights the CPU caches do not hold.
func BenchmarkTagNews(b *testing.B) { benchmarkTag(b, "../testdata/news_tr.txt", gazetteer.Default()) }

const seedArticle = "../testdata/xinhua_hangzhou_tr.txt"

func benchmarkTag(b *testing.B, path string, g *gazetteer.Gazetteer) {
	m, err := shippedModel("tr")
	if err != nil {
		b.Skip(err)
	}
	text, err := os.ReadFile(path)
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
