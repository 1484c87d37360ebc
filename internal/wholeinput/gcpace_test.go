package wholeinput

import (
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"testing"
	"time"
)

// gogc reads GOGC without setting it (off reads as -1).
func gogc() int {
	s := []metrics.Sample{{Name: "/gc/gogc:percent"}}
	metrics.Read(s)
	return int(s[0].Value.Uint64())
}

// TestDelayFirstCollection checks that GOGC is raised until the first
// collection and restored after it, and that GOGC=off is left alone.
func TestDelayFirstCollection(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	for _, c := range []struct{ gogc, until int }{
		{100, 100 * firstCycleGOGC},
		{50, 50 * firstCycleGOGC},
		{-1, -1},
	} {
		debug.SetGCPercent(c.gogc)
		DelayFirstCollection()
		if got := gogc(); got != c.until {
			t.Errorf("GOGC %d: %d before the first collection, want %d", c.gogc, got, c.until)
		}
		runtime.GC()
		deadline := time.Now().Add(5 * time.Second)
		for gogc() != c.gogc && time.Now().Before(deadline) {
			time.Sleep(time.Millisecond)
		}
		if got := gogc(); got != c.gogc {
			t.Errorf("GOGC %d: %d after a collection", c.gogc, got)
		}
	}
}
