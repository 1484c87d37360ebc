// Command pipeline tags a stream of JSON Lines documents in parallel.
//
//	pipeline [-workers N] [-lang auto] [-max-bytes N] [-max-line N] < in.jsonl > out.jsonl
//
// Each input line is an object {"id": ..., "text": "..."} (id may be any
// JSON value; other fields are ignored). Each output line is the input's
// id followed by the Document fields, as `tag -out json` prints them:
//
//	{"id":"a1","lang":"tr","entities":[...],"relations":[...]}
//
// Output lines come in input order whatever the number of workers (default
// GOMAXPROCS); at most about 2×workers documents are held in memory at a
// time, and only one line over 1 MiB is tagged at a time (a document
// costs 20 to 40 times its size in peak memory while it is tagged), and
// the collector runs at GOGC=50 unless GOGC is set (internal/streamgc). A line
// that cannot be tagged (a blank line, invalid UTF-8, bad JSON, no text or
// an empty one, text over -max-bytes, line over -max-line) yields
// {"id":...,"line":N,"error":"..."} in its place (a blank line's error is
// "empty line"), and the stream goes on, so output line N answers input
// line N. When standard error is a terminal, a progress line is drawn on
// it.
//
// Exit status: 0 when the whole input was read and written (even with
// per-line errors), 1 on a read or write error or a bad flag.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"

	"github.com/varlik/varlik/entity"
	"github.com/varlik/varlik/internal/streamgc"
)

func main() {
	// Not in run, which tests call: it changes the process's GOGC.
	streamgc.Pace()
	if err := run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			os.Exit(0)
		}
		fmt.Fprintln(os.Stderr, "pipeline:", err)
		os.Exit(1)
	}
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("pipeline", flag.ContinueOnError)
	fs.SetOutput(stderr)
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "documents tagged in parallel")
	lang := fs.String("lang", "auto", "language: auto, tr, en or ru")
	maxBytes := fs.Int("max-bytes", entity.DefaultMaxBytes, "largest text of one document, in bytes")
	maxLine := fs.Int("max-line", 64<<20, "largest input line, in bytes")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *workers < 1 || *maxLine < 1 {
		return errors.New("-workers and -max-line must be positive")
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected arguments %q: input is read from standard input", fs.Args())
	}
	x, err := entity.New(entity.WithLanguage(*lang), entity.WithMaxBytes(*maxBytes))
	if err != nil {
		return err
	}
	p := &pipeline{x: x, workers: *workers, maxLine: *maxLine, largeLine: defaultLargeLine}
	if bar := newProgress(stdin, stderr); bar != nil {
		p.progress = bar.update
		defer bar.finish()
	}
	return p.run(context.Background(), stdin, stdout)
}
