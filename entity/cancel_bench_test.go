package entity_test

import (
	"context"
	"errors"
	"maps"
	"slices"
	"testing"
	"time"

	"github.com/varlik/varlik/entity"
)

// BenchmarkCancelAdversarial cancels Extract 50 ms into each adversarial
// generator's 5 MB document and reports how long it takes to return
// (issue 19 asks for 10 ms on an idle core):
//
//	go test ./entity -run '^$' -bench CancelAdversarial -benchtime 1x
func BenchmarkCancelAdversarial(b *testing.B) {
	x := newExtractor(b, entity.WithLanguage("tr"), entity.WithMaxBytes(0))
	if _, err := x.Extract(context.Background(), "Ankara"); err != nil { // load the model first
		b.Fatal(err)
	}
	docs := adversarialDocs(b, 5<<20)
	for _, name := range slices.Sorted(maps.Keys(docs)) {
		b.Run(name, func(b *testing.B) {
			var latency time.Duration
			for b.Loop() {
				d, err := cancelLatency(x, docs[name], 50*time.Millisecond, time.Minute)
				if err != nil && !errors.Is(err, context.Canceled) {
					b.Fatal(err)
				}
				latency += d
			}
			b.ReportMetric(float64(latency.Microseconds())/1000/float64(b.N), "cancel-ms")
		})
	}
}
