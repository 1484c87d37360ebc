package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

// progress draws one status line on a terminal: a bar when the input size
// is known (standard input is a regular file), else counts and rates.
type progress struct {
	w           io.Writer
	total       int64 // input size in bytes, 0 when unknown
	start, last time.Time
	docs        int
	bytesRead   int64
}

// newProgress returns a progress line on stderr, or nil when stderr is not
// a terminal (so redirected logs stay clean).
func newProgress(stdin io.Reader, stderr io.Writer) *progress {
	f, ok := stderr.(*os.File)
	if !ok {
		return nil
	}
	if st, err := f.Stat(); err != nil || st.Mode()&os.ModeCharDevice == 0 {
		return nil
	}
	p := &progress{w: stderr, start: time.Now()}
	if in, ok := stdin.(*os.File); ok {
		if st, err := in.Stat(); err == nil && st.Mode().IsRegular() {
			p.total = st.Size()
		}
	}
	return p
}

// update records the counts and redraws at most five times a second.
func (p *progress) update(docs int, bytesRead int64) {
	p.docs, p.bytesRead = docs, bytesRead
	if now := time.Now(); now.Sub(p.last) >= 200*time.Millisecond {
		p.last = now
		p.draw()
	}
}

func (p *progress) draw() {
	rate := float64(p.docs) / max(time.Since(p.start).Seconds(), 1e-3)
	mb := float64(p.bytesRead) / (1 << 20)
	if p.total > 0 {
		const width = 30
		frac := min(1, float64(p.bytesRead)/float64(p.total))
		full := int(frac * width)
		fmt.Fprintf(p.w, "\r\033[K[%s%s] %5.1f%%  %d docs  %.1f MB  %.0f docs/s",
			strings.Repeat("=", full), strings.Repeat(" ", width-full), 100*frac, p.docs, mb, rate)
		return
	}
	fmt.Fprintf(p.w, "\r\033[K%d docs  %.1f MB read  %.0f docs/s", p.docs, mb, rate)
}

// finish draws the final counts and ends the line.
func (p *progress) finish() {
	p.draw()
	fmt.Fprintln(p.w)
}
