package main

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"time"
)

func TestProgressOnlyOnTerminal(t *testing.T) {
	if p := newProgress(os.Stdin, &bytes.Buffer{}); p != nil {
		t.Error("progress on a buffer")
	}
	f, err := os.CreateTemp(t.TempDir(), "stderr")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if p := newProgress(os.Stdin, f); p != nil {
		t.Error("progress on a regular file")
	}
}

func TestProgressDraw(t *testing.T) {
	tests := []struct {
		total int64
		want  []string
	}{
		{total: 0, want: []string{"30 docs", "1.0 MB read"}},
		{total: 4 << 20, want: []string{"[=======", " 25.0%", "30 docs"}},
	}
	for _, tt := range tests {
		var buf bytes.Buffer
		p := &progress{w: &buf, total: tt.total, start: time.Now().Add(-time.Second)}
		p.update(30, 1<<20)
		p.finish()
		out := buf.String()
		for _, w := range tt.want {
			if !strings.Contains(out, w) {
				t.Errorf("total %d: %q lacks %q", tt.total, out, w)
			}
		}
		if !strings.HasSuffix(out, "\n") {
			t.Errorf("finish does not end the line: %q", out)
		}
	}
}
