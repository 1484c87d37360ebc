package streamgc

import (
	"runtime/debug"
	"testing"
)

// TestPace checks that a stream runs at streamGOGC when GOGC is unset or
// empty, and that a GOGC the user set (a number or off) is left alone.
func TestPace(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	for _, c := range []struct {
		env       string
		inForce   int // the process's GOGC, as the runtime read env
		wantAfter int
	}{
		{"", 100, streamGOGC},
		{"200", 200, 200},
		{"off", -1, -1},
	} {
		t.Setenv("GOGC", c.env)
		debug.SetGCPercent(c.inForce)
		Pace()
		if got := debug.SetGCPercent(100); got != c.wantAfter {
			t.Errorf("GOGC=%q: %d after Pace, want %d", c.env, got, c.wantAfter)
		}
	}
}
