package entity

import (
	"os"
	"testing"

	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/tr"
)

// trLanguage adapts package tr's functions to lang.Language for tests.
type trLanguage struct{}

func (trLanguage) Code() string                        { return "tr" }
func (trLanguage) Fold(s string) string                { return tr.Fold(s) }
func (trLanguage) Tokenize(text string) []lang.Token   { return tr.Tokenize(text) }
func (trLanguage) Analyze(word string) []lang.Analysis { return tr.Analyze(word) }
func (trLanguage) Sentences(text string, toks []lang.Token) []lang.Sentence {
	return tr.Sentences(text, toks)
}

// BenchmarkTag measures the tagger alone (features, including morphology
// when the model uses it, scoring and Viterbi; no gazetteer) with the
// embedded Turkish model on the seed article.
func BenchmarkTag(b *testing.B) {
	m, err := DefaultModel("tr")
	if err != nil {
		b.Skip(err)
	}
	text, err := os.ReadFile("../testdata/xinhua_hangzhou_tr.txt")
	if err != nil {
		b.Fatal(err)
	}
	var l trLanguage
	toks := l.Tokenize(string(text))
	sents := l.Sentences(string(text), toks)
	b.ReportAllocs()
	b.ResetTimer()
	n := 0
	for b.Loop() {
		for _, s := range sents {
			m.Tag(toks[s.First:s.Last], l, nil)
		}
		n += len(toks)
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "tokens/s")
}
