package checkpoint

import (
	"context"
	"testing"
)

func TestEvery(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	c := New(ctx)
	for i := range 3 * Interval {
		if c.Done() {
			t.Fatalf("Done at call %d before cancel", i)
		}
	}
	cancel()
	calls := 0
	for !c.Done() {
		calls++
		if calls > Interval {
			t.Fatalf("Done still false %d calls after cancel", calls)
		}
	}
	if c.Err() != context.Canceled || !c.Done() || !c.Now() {
		t.Errorf("after cancel: Err %v, Done %v, Now %v", c.Err(), c.Done(), c.Now())
	}
}

func TestNow(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	c := New(ctx)
	if c.Now() {
		t.Fatal("Now true before cancel")
	}
	cancel()
	if !c.Now() || c.Err() != context.Canceled {
		t.Errorf("Now after cancel: %v, Err %v", c.Now(), c.Err())
	}
}

func TestNeverStops(t *testing.T) {
	//lint:ignore SA1012 New documents that a nil Context never stops; this checks it.
	for _, c := range []*Every{nil, {}, New(nil)} {
		for range 2 * Interval {
			if c.Done() || c.Now() || c.Err() != nil {
				t.Fatalf("%+v stopped", c)
			}
		}
	}
}
