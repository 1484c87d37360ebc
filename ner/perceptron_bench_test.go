package ner

import (
	"os"
	"slices"
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

// BenchmarkViterbiNews measures the decoder alone, on the emission scores
// of BenchmarkTagNews's sentences (computed once, before the timer).
func BenchmarkViterbiNews(b *testing.B) {
	m, err := shippedModel("tr")
	if err != nil {
		b.Skip(err)
	}
	text, err := os.ReadFile("../testdata/news_tr.txt")
	if err != nil {
		b.Fatal(err)
	}
	l, g := tr.Turkish{}, gazetteer.Default()
	toks := l.Tokenize(string(text))
	type sentence struct {
		em    [][numLabels]int32
		attrs []tokenAttrs
	}
	var sents []sentence
	longest, n := 0, 0
	for _, s := range l.Sentences(string(text), toks) {
		st := toks[s.First:s.Last]
		if len(st) == 0 {
			continue
		}
		buf := m.buffers(len(st))
		m.decode(st, l, g.Match(st, l), buf)
		sents = append(sents, sentence{slices.Clone(buf.sums), slices.Clone(buf.attrs)})
		longest, n = max(longest, len(st)), n+len(st)
	}
	back, out := make([][numLabels]int8, longest), make([]int, longest)
	b.ResetTimer()
	for b.Loop() {
		for _, s := range sents {
			viterbi(s.em, s.attrs, &m.trans, m.bound, back[:len(s.em)], out[:len(s.em)])
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/token")
}
