package ner

import (
	"bytes"
	"os"
	"testing"
)

// BenchmarkLoadDefaultModel measures what the first Extract of a language
// pays once: parsing the embedded model (see DefaultModel). With the
// gazetteer's BenchmarkDefaultLoad it is varlik's start-up.
func BenchmarkLoadDefaultModel(b *testing.B) {
	data, err := os.ReadFile("models/trmodel/tr.model")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := LoadModel(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/load")
}
