package entity

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"io"
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
// Empty documents are skipped. Stream stops at the first error returned by
// fn, by extraction or by reading, and when ctx is done.
func (x *Extractor) Stream(ctx context.Context, r io.Reader, split Split, fn func(StreamDoc) error) error {
	if x == nil || x.gaz == nil {
		return ErrNotInitialized
	}
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
		text := string(buf[:n])
		if len(bytes.TrimSpace(buf[:n])) > 0 {
			doc, err := x.Extract(ctx, text)
			if err != nil {
				return err
			}
			if err := fn(StreamDoc{Offset: offset, Doc: doc}); err != nil {
				return err
			}
		}
		offset += int64(n)
		buf = append(buf[:0], buf[n:]...)
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
