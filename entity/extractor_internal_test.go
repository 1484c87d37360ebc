package entity

import (
	"context"
	"errors"
	"testing"
	"time"
)

// TestReturnOnDone checks that a long document's caller is answered as
// soon as its context is done, even while the work is in a step that
// cannot look at the context.
func TestReturnOnDone(t *testing.T) {
	release := make(chan struct{})
	defer close(release)
	stuck := func() (*Document, error) { <-release; return &Document{}, nil }

	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	start := time.Now()
	doc, err := returnOnDone(ctx, chunkBytes+1, stuck)
	if !errors.Is(err, context.DeadlineExceeded) || doc != nil {
		t.Errorf("returnOnDone = %v, %v; want no document and the deadline's error", doc, err)
	}
	if waited := time.Since(start); waited > 2*time.Second {
		t.Errorf("returned %v after the start, want soon after the 20 ms deadline", waited)
	}

	// A short document is worked on whole even when ctx is done, and so is
	// any document when ctx can never be done.
	want := &Document{Lang: "tr"}
	quick := func() (*Document, error) { return want, nil }
	if doc, err := returnOnDone(ctx, chunkBytes, quick); doc != want || err != nil {
		t.Errorf("short document: returnOnDone = %v, %v; want the work's result", doc, err)
	}
	if doc, err := returnOnDone(context.Background(), 1<<30, quick); doc != want || err != nil {
		t.Errorf("Background context: returnOnDone = %v, %v; want the work's result", doc, err)
	}
}

// TestReturnOnDonePanics checks that a panic in a long document's work
// reaches the caller, as it would had the work run in the caller's
// goroutine, instead of ending the process.
func TestReturnOnDonePanics(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	defer func() {
		if p := recover(); p != "boom" {
			t.Errorf("recovered %v, want the work's panic", p)
		}
	}()
	returnOnDone(ctx, chunkBytes+1, func() (*Document, error) { panic("boom") })
	t.Error("returnOnDone returned")
}
