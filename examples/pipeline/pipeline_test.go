package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/varlik/varlik/entity"
)

// output is one decoded output line.
type output struct {
	ID        json.RawMessage   `json:"id"`
	Lang      string            `json:"lang"`
	Entities  []entity.Entity   `json:"entities"`
	Relations []entity.Relation `json:"relations"`
	Line      int               `json:"line"`
	Error     string            `json:"error"`
}

func newTestPipeline(t *testing.T, workers, maxBytes, maxLine int) *pipeline {
	t.Helper()
	x, err := entity.New(entity.WithLanguage("auto"), entity.WithMaxBytes(maxBytes))
	if err != nil {
		t.Fatal(err)
	}
	return &pipeline{x: x, workers: workers, maxLine: maxLine, largeLine: defaultLargeLine}
}

func runPipeline(t *testing.T, p *pipeline, input string) []output {
	t.Helper()
	var out bytes.Buffer
	if err := p.run(context.Background(), strings.NewReader(input), &out); err != nil {
		t.Fatal(err)
	}
	var outs []output
	sc := bufio.NewScanner(&out)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var o output
		if err := json.Unmarshal(sc.Bytes(), &o); err != nil {
			t.Fatalf("output line is not JSON: %v: %.200s", err, sc.Text())
		}
		outs = append(outs, o)
	}
	return outs
}

func readTestdata(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// TestOrderKept tags many documents with several workers and checks that
// the output follows the input order, matches a one-worker run, and that
// every entity's offsets address its text.
func TestOrderKept(t *testing.T) {
	var texts []string
	for line := range strings.Lines(readTestdata(t, "news.jsonl")) {
		var in struct{ Text string }
		if err := json.Unmarshal([]byte(line), &in); err != nil {
			t.Fatal(err)
		}
		if strings.TrimSpace(in.Text) != "" { // an empty text is an error line (TestErrorsPerLine)
			texts = append(texts, in.Text)
		}
	}
	var input strings.Builder
	const n = 240
	for i := range n {
		fmt.Fprintf(&input, "{\"id\":%d,\"text\":%q}\n", i, texts[i%len(texts)])
	}
	serial := runPipeline(t, newTestPipeline(t, 1, 1<<20, 1<<20), input.String())
	for _, workers := range []int{2, 4, 8} {
		t.Run(fmt.Sprint(workers, " workers"), func(t *testing.T) {
			outs := runPipeline(t, newTestPipeline(t, workers, 1<<20, 1<<20), input.String())
			if len(outs) != n {
				t.Fatalf("%d output lines, want %d", len(outs), n)
			}
			for i, o := range outs {
				if string(o.ID) != fmt.Sprint(i) {
					t.Fatalf("output %d has id %s: order lost", i, o.ID)
				}
				if o.Error != "" {
					t.Errorf("id %d: error %q", i, o.Error)
				}
				text := texts[i%len(texts)]
				for _, e := range o.Entities {
					if e.Start < 0 || e.End > len(text) || e.Start > e.End || text[e.Start:e.End] != e.Text {
						t.Errorf("id %d: entity %+v does not address its text", i, e)
					}
				}
				if o.Lang != serial[i].Lang || len(o.Entities) != len(serial[i].Entities) || len(o.Relations) != len(serial[i].Relations) {
					t.Errorf("id %d: differs from the one-worker run", i)
				}
			}
		})
	}
}

// TestErrorsPerLine checks that bad and blank lines get an error record in
// place, one output line per input line, and the lines after them are
// still tagged.
func TestErrorsPerLine(t *testing.T) {
	want := []struct {
		id    string // the id as JSON
		line  int    // set on errors only
		error string // a substring of the error; "" for a tagged document
	}{
		{`"ok-1"`, 0, ""},
		{`null`, 2, "bad JSON"},
		{`null`, 3, "empty line"},
		{`"no-text"`, 4, `no "text"`},
		{`"not-a-string"`, 5, "bad JSON"},
		{`null`, 6, "bad JSON"},
		{`null`, 7, "empty line"},
		{`null`, 8, `no "text"`},
		{`{"nested":true}`, 0, ""},
		{`"ok-2"`, 0, ""},
		{`"empty"`, 11, "text is empty"},
		{`null`, 12, "not valid UTF-8"},
		{`"trailing"`, 13, "data after the object"},
	}
	outs := runPipeline(t, newTestPipeline(t, 3, 1<<20, 1<<20), readTestdata(t, "errors.jsonl"))
	if len(outs) != len(want) {
		t.Fatalf("%d output lines, want %d", len(outs), len(want))
	}
	for i, w := range want {
		o := outs[i]
		for _, internal := range []string{"Go value", "main.", "json:"} {
			if strings.Contains(o.Error, internal) {
				t.Errorf("output %d: error %q leaks %q", i, o.Error, internal)
			}
		}
		if string(o.ID) != w.id || o.Line != w.line || !strings.Contains(o.Error, w.error) || (w.error == "") != (o.Error == "") {
			t.Errorf("output %d: id %s line %d error %q; want id %s line %d error containing %q", i, o.ID, o.Line, o.Error, w.id, w.line, w.error)
		}
		if w.error == "" && o.Lang == "" {
			t.Errorf("output %d: no lang in a tagged document", i)
		}
	}
}

// TestLongLines checks lines past bufio.Scanner's 64 KB default, and the
// per-line error for a line over the limit and a text over the document
// limit, each followed by a line that is still tagged.
func TestLongLines(t *testing.T) {
	long := strings.Repeat("Ankara'da toplantı yapıldı. ", 8000) // about 240 KB
	input := fmt.Sprintf("{\"id\":1,\"text\":%q}\n{\"id\":2,\"text\":%q}\n{\"id\":3,\"text\":\"Ankara\"}\n", long, long+long)
	outs := runPipeline(t, newTestPipeline(t, 2, 300_000, 400_000), input)
	if len(outs) != 3 {
		t.Fatalf("%d output lines, want 3", len(outs))
	}
	if outs[0].Error != "" {
		t.Errorf("a 240 KB line: error %q", outs[0].Error)
	}
	if !strings.Contains(outs[1].Error, "longer than") || outs[1].Line != 2 {
		t.Errorf("a 480 KB line over a 400 KB limit: line %d error %q", outs[1].Line, outs[1].Error)
	}
	if string(outs[2].ID) != "3" || outs[2].Error != "" {
		t.Errorf("the line after: id %s error %q", outs[2].ID, outs[2].Error)
	}
	outs = runPipeline(t, newTestPipeline(t, 2, 1000, 1<<20), input)
	if !strings.Contains(outs[0].Error, "too large") || string(outs[0].ID) != "1" {
		t.Errorf("a text over the document limit: id %s error %q", outs[0].ID, outs[0].Error)
	}
}

// lineSource yields n JSONL documents, one per Read call, and counts them.
type lineSource struct {
	n, served int
	reads     atomic.Int64
}

func (s *lineSource) Read(b []byte) (int, error) {
	if s.served == s.n {
		return 0, io.EOF
	}
	s.served++
	s.reads.Add(1)
	return copy(b, fmt.Sprintf("{\"id\":%d,\"text\":\"Li Qiang Ankara'da.\"}\n", s.served)), nil
}

// gate is a Writer that blocks until opened.
type gate struct {
	open chan struct{}
	buf  bytes.Buffer
}

func (g *gate) Write(b []byte) (int, error) {
	<-g.open
	return g.buf.Write(b)
}

// TestBoundedInFlight stalls the output and checks that the reader stops
// after about 2×workers documents instead of reading the whole input.
func TestBoundedInFlight(t *testing.T) {
	const workers, n = 3, 500
	p := newTestPipeline(t, workers, 1<<20, 1<<20)
	src := &lineSource{n: n}
	out := &gate{open: make(chan struct{})}
	done := make(chan error, 1)
	go func() { done <- p.run(context.Background(), src, out) }()
	// Wait until reading stops: the count is stable for 200 ms.
	last := int64(-1)
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(200 * time.Millisecond) {
		if r := src.reads.Load(); r == last {
			break
		} else {
			last = r
		}
	}
	// Held: 2×workers slots, plus the line the reader holds waiting for a slot.
	if r := src.reads.Load(); r > 2*workers+1 {
		t.Errorf("read %d documents with the output stalled, want at most %d", r, 2*workers+1)
	}
	close(out.open)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if lines := strings.Count(out.buf.String(), "\n"); lines != n {
		t.Errorf("%d output lines, want %d", lines, n)
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

// TestWriteError checks that a failing output stops the run with its error,
// and that the workers stop: the goroutines fall back to about what they
// were before the run (the reader and the goroutine that closed the
// results may still be on their way out).
func TestWriteError(t *testing.T) {
	const workers = 6
	p := newTestPipeline(t, workers, 1<<20, 1<<20)
	before := runtime.NumGoroutine()
	err := p.run(context.Background(), &lineSource{n: 100000}, failWriter{})
	if err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("error %v, want disk full", err)
	}
	n := runtime.NumGoroutine()
	for deadline := time.Now().Add(5 * time.Second); n > before+2 && time.Now().Before(deadline); n = runtime.NumGoroutine() {
		time.Sleep(10 * time.Millisecond)
	}
	if n > before+2 {
		t.Errorf("%d goroutines after the run, %d before: workers still running", n, before)
	}
}

// stalledSource serves one document, then blocks in Read until released,
// as an idle producer on a pipe does.
type stalledSource struct {
	served  bool
	release chan struct{}
}

func (s *stalledSource) Read(b []byte) (int, error) {
	if !s.served {
		s.served = true
		return copy(b, "{\"id\":1,\"text\":\"Li Qiang Ankara'da.\"}\n"), nil
	}
	<-s.release
	return 0, io.EOF
}

// TestWriteErrorStalledReader checks that a write error ends the run even
// while the reader waits in a Read that does not return.
func TestWriteErrorStalledReader(t *testing.T) {
	p := newTestPipeline(t, 2, 1<<20, 1<<20)
	src := &stalledSource{release: make(chan struct{})}
	defer close(src.release)
	done := make(chan error, 1)
	go func() { done <- p.run(context.Background(), src, failWriter{}) }()
	select {
	case err := <-done:
		if err == nil || !strings.Contains(err.Error(), "disk full") {
			t.Errorf("error %v, want disk full", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("run still blocked 5 s after the write error")
	}
}

func TestRunFlags(t *testing.T) {
	for _, args := range [][]string{{"-workers", "0"}, {"-lang", "xx"}, {"extra-arg"}} {
		if err := run(args, strings.NewReader(""), io.Discard, io.Discard); err == nil {
			t.Errorf("run %q: no error", args)
		}
	}
	var out bytes.Buffer
	if err := run([]string{"-workers", "2"}, strings.NewReader(readTestdata(t, "news.jsonl")), &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	if got := strings.Count(out.String(), "\n"); got != 8 {
		t.Errorf("%d output lines, want 8", got)
	}
}

// TestLargeLines checks that lines over the large-line size, which take the one
// large slot in turn, keep their order among short lines with several
// workers.
func TestLargeLines(t *testing.T) {
	const largeLine = 16 << 10 // lower than in use, so that the race detector's run is short
	large := strings.Repeat("Li Qiang Ankara'da görüştü. ", largeLine/28+100)
	var input strings.Builder
	for i, kind := range []string{"s", "L", "s", "L", "s"} {
		text := "Mişustin Moskova'da."
		if kind == "L" {
			text = large
		}
		fmt.Fprintf(&input, "{\"id\":%d,\"text\":%q}\n", i, text)
	}
	p := newTestPipeline(t, 3, 4<<20, 4<<20)
	p.largeLine = largeLine
	outs := runPipeline(t, p, input.String())
	if len(outs) != 5 {
		t.Fatalf("%d output lines, want 5", len(outs))
	}
	for i, o := range outs {
		if string(o.ID) != fmt.Sprint(i) || o.Error != "" || len(o.Entities) == 0 {
			t.Errorf("output %d: id %s, error %q, %d entities", i, o.ID, o.Error, len(o.Entities))
		}
	}
}
