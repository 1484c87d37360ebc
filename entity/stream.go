package entity

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"io"
	"runtime"
	"slices"
	"sync"
	"unicode/utf8"
)

// Split says how Stream cuts its input into documents.
type Split int

const (
	// ByLine makes each line a document (JSONL-like feeds, one article per line).
	ByLine Split = iota
	// ByParagraph makes each run of lines up to a blank line a document.
	ByParagraph
)

// StreamDoc is one document of a stream: Offset is the byte offset of
// Doc.Text in the whole stream, so Offset+e.Start addresses an entity in
// the stream.
type StreamDoc struct {
	Offset int64
	Doc    *Document
}

// Stream tags r document by document, in order, in memory bounded by the
// Extractor's document limit (WithMaxBytes; DefaultMaxBytes when none): a
// document longer than the limit is cut at the last space or line break
// before it (or at a rune boundary when there is none) and tagged in parts.
// A document holds 11 to 14 bytes of live heap per byte of news while it
// is tagged (its tokens are 56 bytes each) and up to 25 with a name every
// other word, which the garbage collector lets grow to about twice that
// (GOGC=100); a stream of news lines stays near its 50 MB floor, one huge
// line costs up to 20 to 40 times the limit (docs/speed.md).
// Empty documents are skipped. Stream stops at the first error returned by
// fn, by extraction or by reading, and when ctx is done, at its next check
// of ctx: a Read of r that blocks (a pipe or a socket with nothing to send)
// is not interrupted by ctx; close r (an os.File or net.Conn returns from a
// Read when closed) or give a reader that honours a deadline.
func (x *Extractor) Stream(ctx context.Context, r io.Reader, split Split, fn func(StreamDoc) error) error {
	if err := x.ready(ctx); err != nil {
		return err
	}
	return x.splitDocs(ctx, r, split, func(offset int64, text string, _ bool) error {
		doc, err := x.Extract(ctx, text)
		if err != nil {
			return err
		}
		return fn(StreamDoc{Offset: offset, Doc: doc})
	})
}

// StreamParallel is Stream with workers documents tagged at once (workers
// <= 0: one per CPU); fn still sees them one at a time, in input order.
// Documents go to the workers in batches (up to batchDocs documents or
// batchBytes bytes), so that many short documents do not cost a handoff
// each; at most 2×workers batches are held in memory at once. A document
// over largeDocBytes is tagged only when no other such document is in
// work or waiting for fn: a document costs about twenty times its size
// while it is tagged (mostly its tokens, 56 bytes each), and two cut
// from one huge line at the document limit (16 MiB) would hold twice
// that.
func (x *Extractor) StreamParallel(ctx context.Context, r io.Reader, split Split, workers int, fn func(StreamDoc) error) error {
	if err := x.ready(ctx); err != nil {
		return err
	}
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	if workers == 1 {
		return x.Stream(ctx, r, split, fn)
	}
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	type piece struct {
		offset int64
		text   string
	}
	type result struct {
		docs  []StreamDoc
		err   error
		large bool // the batch holds largeSlot until fn has seen it
	}
	// Each batch gets a channel for its result; the channels queue in
	// input order, so the writer below emits in order while workers finish
	// in any order.
	order := make(chan chan result, workers)
	jobs := make(chan func(), workers)
	// largeSlot is taken in input order by the reader for a batch with a
	// document over largeDocBytes (a batch holds at most one: it is sent
	// once it passes batchBytes) and given back by the writer once fn has
	// seen the batch: taken in order, a batch never waits for a slot that
	// a later one holds.
	largeSlot := make(chan struct{}, 1)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for job := range jobs {
				job()
			}
		}()
	}
	send := func(batch []piece) error {
		large := slices.ContainsFunc(batch, func(p piece) bool { return len(p.text) > largeDocBytes })
		if large {
			select {
			case largeSlot <- struct{}{}:
			case <-ctx.Done():
				return context.Cause(ctx)
			}
		}
		out := make(chan result, 1)
		select {
		case order <- out:
		case <-ctx.Done():
			return context.Cause(ctx)
		}
		select {
		case jobs <- func() {
			docs := make([]StreamDoc, 0, len(batch))
			for _, p := range batch {
				doc, err := x.Extract(ctx, p.text)
				if err != nil {
					out <- result{docs, err, large}
					return
				}
				docs = append(docs, StreamDoc{Offset: p.offset, Doc: doc})
			}
			out <- result{docs, nil, large}
		}:
		case <-ctx.Done():
			out <- result{err: context.Cause(ctx), large: large} // the writer waits on out
			return context.Cause(ctx)
		}
		return nil
	}
	readErr := make(chan error, 1)
	go func() {
		defer close(order)
		defer close(jobs)
		var batch []piece
		size := 0
		err := x.splitDocs(ctx, r, split, func(offset int64, text string, more bool) error {
			batch = append(batch, piece{offset, text})
			// A batch waits for more documents only while more input is at
			// hand: a live feed gets each document at once.
			if size += len(text); more && len(batch) < batchDocs && size < batchBytes {
				return nil
			}
			b := batch
			batch, size = nil, 0
			return send(b)
		})
		if err == nil && len(batch) > 0 {
			err = send(batch)
		}
		readErr <- err
	}()
	var err error
	for out := range order {
		res := <-out
		if err == nil { // else drain: the reader stops at the cancellation below
			for _, d := range res.docs {
				if err = fn(d); err != nil {
					break
				}
			}
			if err == nil {
				err = res.err
			}
			if err != nil {
				cancel(err)
			}
		}
		if res.large {
			<-largeSlot // fn has seen the batch: the next large document may be tagged
		}
	}
	wg.Wait()
	if rerr := <-readErr; err == nil {
		err = rerr // reading failed, or ctx was cancelled from outside
	}
	return err
}

// Batches of StreamParallel: enough documents to make a handoff cheap,
// few enough bytes that the first results come soon.
const (
	batchDocs  = 64
	batchBytes = 64 << 10
)

// keptBuffer is the largest buffer splitDocs keeps from one document to
// the next.
const keptBuffer = 1 << 20

// largeDocBytes is the size past which StreamParallel tags a document
// alone among the large ones: news articles are far shorter and are
// tagged on every core; a huge line cut at the document limit is not. A
// variable only so that a test can lower it (export_test.go): tagging
// megabytes under the race detector took a minute.
var largeDocBytes = 1 << 20

// splitDocs cuts r into documents as Stream does and calls yield with each
// non-empty one, its offset in the stream, and whether more input is
// already buffered (false: reading on may block).
func (x *Extractor) splitDocs(ctx context.Context, r io.Reader, split Split, yield func(offset int64, text string, more bool) error) error {
	limit := x.maxBytes
	if limit <= 0 {
		limit = DefaultMaxBytes
	}
	br := bufio.NewReaderSize(r, 64<<10)
	var (
		buf    []byte // the pending document
		offset int64  // stream offset of buf[0]
	)
	emit := func(n int) error {
		if len(bytes.TrimSpace(buf[:n])) > 0 {
			if err := yield(offset, string(buf[:n]), len(buf) > n || br.Buffered() > 0); err != nil {
				return err
			}
		}
		offset += int64(n)
		if cap(buf) > keptBuffer {
			// A huge document grew buf: let the array go with it rather
			// than hold it, empty, while the next document is tagged.
			buf = append([]byte(nil), buf[n:]...)
		} else {
			buf = append(buf[:0], buf[n:]...)
		}
		return nil
	}
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		line, err := br.ReadSlice('\n')
		buf = append(buf, line...)
		if errors.Is(err, bufio.ErrBufferFull) {
			err = nil // a long line: keep reading it, cutting below when over the limit
			line = nil
		}
		for len(buf) > limit {
			if e := emit(cutPoint(buf, limit)); e != nil {
				return e
			}
		}
		if len(line) > 0 && len(buf) > 0 && (split == ByLine || isBlankLine(line)) {
			if e := emit(len(buf)); e != nil {
				return e
			}
		}
		if err == io.EOF {
			if len(buf) > 0 {
				return emit(len(buf))
			}
			return nil
		}
		if err != nil {
			return err
		}
	}
}

func isBlankLine(line []byte) bool { return len(bytes.TrimSpace(line)) == 0 }

// cutPoint returns where to cut an over-long document buf (len(buf) >
// limit): after the last line break or space before limit, else at the
// last rune boundary at or before limit, and never at 0.
func cutPoint(buf []byte, limit int) int {
	head := buf[:limit]
	if i := bytes.LastIndexByte(head, '\n'); i > 0 {
		return i + 1
	}
	if i := bytes.LastIndexByte(head, ' '); i > 0 {
		return i + 1
	}
	n := limit
	for n > 0 && n > limit-utf8.UTFMax && !utf8.RuneStart(buf[n]) {
		n--
	}
	if n <= 0 {
		return limit
	}
	return n
}
