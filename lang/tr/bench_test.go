package tr

import (
	"os"
	"strings"
	"testing"
)

// benchText is testdata/xinhua_hangzhou_tr.txt repeated to about 1 MB.
func benchText(b *testing.B) string {
	b.Helper()
	seed, err := os.ReadFile("../../testdata/xinhua_hangzhou_tr.txt")
	if err != nil {
		b.Fatal(err)
	}
	return strings.Repeat(string(seed)+"\n\n", (1<<20)/(len(seed)+2)+1)
}

func BenchmarkTokenize(b *testing.B) {
	text := benchText(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	tokens := 0
	for b.Loop() {
		tokens += len(Tokenize(text))
	}
	sec := b.Elapsed().Seconds()
	b.ReportMetric(float64(tokens)/sec, "tokens/s")
	b.ReportMetric(float64(len(text))*float64(b.N)/sec/1e6, "MB/s")
}

func BenchmarkSentences(b *testing.B) {
	text := benchText(b)
	toks := Tokenize(text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Sentences(text, toks)
	}
	b.ReportMetric(float64(len(toks))*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

func BenchmarkFold(b *testing.B) {
	words := strings.Fields("istanbul İstanbul ISPARTA Çin’in ankara'da Москва I\u0307stanbul")
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range words {
			Fold(w)
		}
	}
}
