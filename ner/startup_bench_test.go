package ner

import (
	"bytes"
	"os"
	"testing"
)

// BenchmarkLoadDefaultModel measures what the first Extract of a language
// pays once for its model. "in place" is the embedded default's path
// (RegisterDefault): the header parsed, the tables used where they lie.
// "reader" is LoadModel's: the bytes read into memory and the checksum
// verified. With the gazetteer's BenchmarkDefaultLoad it is varlik's
// start-up.
func BenchmarkLoadDefaultModel(b *testing.B) {
	data, err := os.ReadFile("models/trmodel/tr.model")
	if err != nil {
		b.Fatal(err)
	}
	for _, bc := range []struct {
		name string
		load func() (*Model, error)
	}{
		{"in place", func() (*Model, error) { return decodeModel(data, false) }},
		{"reader", func() (*Model, error) { return LoadModel(bytes.NewReader(data)) }},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := bc.load(); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N), "ms/load")
		})
	}
}
