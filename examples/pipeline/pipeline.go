package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"sync"
	"sync/atomic"

	"github.com/varlik/varlik/entity"
	"github.com/varlik/varlik/format"
	"github.com/varlik/varlik/internal/jsonin"
)

// pipeline tags JSONL documents with a pool of workers and writes the
// results in input order.
//
// Memory bound: a document takes a slot when it is read and gives it back
// when its result is written; there are 2×workers slots, so a slow
// document stalls the reader instead of growing the reorder buffer. A
// line over p.largeLine also takes the one large slot, in input order,
// until its result is encoded: a document costs about twenty times its
// size while it is tagged, and two of the 16 MiB -max-bytes allows at
// once would hold twice that.
type pipeline struct {
	x       *entity.Extractor
	workers int
	maxLine int
	// largeLine is the line size past which a document takes the one
	// large slot (defaultLargeLine; a test lowers it).
	largeLine int
	progress  func(docs int, bytesRead int64) // called by the writer; nil for none

	bytesRead atomic.Int64
}

// job is one input line.
type job struct {
	seq   int    // position among the jobs, for reordering
	line  int    // 1-based line number, for error reports
	data  []byte // the line, without its line break (nil: too long); dropped once decoded
	large bool   // the job holds the large slot until it is encoded
}

// defaultLargeLine is the size of input line past which a document is
// tagged only when no other such document is: news articles are far
// shorter and are tagged on every worker at once.
const defaultLargeLine = 1 << 20

// result is the encoded output line of job seq.
type result struct {
	seq int
	out []byte
}

// record is the output line of a document that could not be tagged: the
// input's id, the line number and an error (encodeDoc writes the others).
type record struct {
	ID    json.RawMessage `json:"id"`
	Line  int             `json:"line"`
	Error string          `json:"error"`
}

func (p *pipeline) run(ctx context.Context, r io.Reader, w io.Writer) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel() // on a write error, stops the reader and the workers
	jobs := make(chan job, p.workers)
	results := make(chan result, p.workers)
	slots := make(chan struct{}, 2*p.workers)
	large := make(chan struct{}, 1) // taken in input order: a job never waits for a later one
	readDone := make(chan error, 1)
	go func() {
		defer close(jobs)
		readDone <- p.read(ctx, r, jobs, slots, large)
	}()
	var wg sync.WaitGroup
	for range p.workers {
		wg.Go(func() { p.work(ctx, jobs, results, large) })
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	if err := p.write(w, results, slots); err != nil {
		// Stop the workers and wait for them, so that no document is still
		// being tagged when run returns. The reader stops at its next line;
		// one blocked in r.Read until more input comes is not waited for.
		cancel()
		for range results {
		}
		return err
	}
	if err := ctx.Err(); err != nil {
		return err // cancelled: the workers stopped, the reader may still be in a Read
	}
	// The workers ran out of jobs: the reader has returned.
	return <-readDone
}

// work tags the jobs until they run out or ctx is done, sending each
// result in turn.
func (p *pipeline) work(ctx context.Context, jobs <-chan job, results chan<- result, large <-chan struct{}) {
	for {
		var j job
		select {
		case next, ok := <-jobs:
			if !ok {
				return
			}
			j = next
		case <-ctx.Done():
			return
		}
		out := p.tag(ctx, &j)
		if j.large {
			<-large
		}
		select {
		case results <- result{j.seq, out}:
		case <-ctx.Done():
			return
		}
	}
}

// read sends each line of r as a job, taking a slot for each: a blank line
// gets an error line in its place, so that output line N answers input
// line N.
func (p *pipeline) read(ctx context.Context, r io.Reader, jobs chan<- job, slots, large chan<- struct{}) error {
	br := bufio.NewReaderSize(r, 64<<10)
	seq := 0
	for lineNo := 1; ; lineNo++ {
		data, n, err := jsonin.ReadLine(br, p.maxLine)
		p.bytesRead.Add(int64(n))
		if err != nil && err != io.EOF {
			return err
		}
		if j := (job{seq: seq, line: lineNo, data: data}); n > 0 {
			select {
			case slots <- struct{}{}:
			case <-ctx.Done():
				return ctx.Err()
			}
			if j.large = len(data) > p.largeLine; j.large {
				select {
				case large <- struct{}{}:
				case <-ctx.Done():
					return ctx.Err()
				}
			}
			select {
			case jobs <- j:
			case <-ctx.Done():
				return ctx.Err()
			}
			seq++
		}
		if err == io.EOF {
			return nil
		}
	}
}

// tag turns one job into its encoded output line. It drops the job's line
// once decoded: the text is a copy, and the document is tagged in its
// place.
func (p *pipeline) tag(ctx context.Context, j *job) []byte {
	d, err := jsonin.ParseDoc(j.data, p.maxLine)
	j.data = nil
	if err == nil {
		var doc *entity.Document
		if doc, err = p.x.Extract(ctx, d.Text); err == nil {
			return encodeDoc(d.ID, doc, j.line)
		}
	}
	rec := record{ID: d.ID, Line: j.line, Error: err.Error()}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(rec); err != nil { // cannot happen for these types; report it in band all the same
		return fmt.Appendf(nil, "{\"id\":null,\"line\":%d,\"error\":%q}\n", j.line, err.Error())
	}
	return buf.Bytes()
}

// encodeDoc encodes a document's output line as tag does, field by field
// (format.WriteJSON): the bytes encoding/json writes for a record, without
// its reflection and its buffer growing by doubling over a huge document.
func encodeDoc(id json.RawMessage, doc *entity.Document, line int) []byte {
	if id == nil {
		id = json.RawMessage("null") // as encoding/json writes a nil RawMessage
	}
	var buf bytes.Buffer
	if err := format.WriteJSON(&buf, doc, format.JSONOptions{ID: id}); err != nil { // cannot happen for a decoded id; report it in band all the same
		return fmt.Appendf(nil, "{\"id\":null,\"line\":%d,\"error\":%q}\n", line, err.Error())
	}
	return buf.Bytes()
}

// write writes the results in sequence order. A document gives back its
// slot once its line has been flushed to w, so documents waiting in the
// write buffer count as in flight too.
func (p *pipeline) write(w io.Writer, results <-chan result, slots <-chan struct{}) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	pending := map[int][]byte{}
	next, unflushed := 0, 0
	for res := range results {
		pending[res.seq] = res.out
		for out, ok := pending[next]; ok; out, ok = pending[next] {
			delete(pending, next)
			if _, err := bw.Write(out); err != nil {
				return err
			}
			next++
			unflushed++
		}
		// Flush when no result is ready: a consumer downstream sees each
		// document as soon as the ones before it are done, and the reader,
		// blocked on slots, can only be waiting for results that come next.
		if len(results) == 0 {
			if err := bw.Flush(); err != nil {
				return err
			}
			for ; unflushed > 0; unflushed-- {
				<-slots
			}
		}
		if p.progress != nil {
			p.progress(next, p.bytesRead.Load())
		}
	}
	return bw.Flush()
}
