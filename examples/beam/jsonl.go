package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
)

// readJSONLFn reads a JSON Lines file line by line, so that each document
// and each error record knows its line number; the documents are then
// spread over the workers by a Reshuffle (see build). A line is judged as
// examples/pipeline judges it, with the same error messages
// (TestSameAsPipeline runs both on the same lines): a blank line, a line
// over MaxLine, invalid UTF-8, bad JSON and a line without a "text" string
// each become an error record, naming the file and the line.
type readJSONLFn struct {
	MaxLine int `json:"max_line"`
}

func (fn *readJSONLFn) ProcessElement(ctx context.Context, f fileio.ReadableFile, emitDoc func(string, document), emitError func(string)) error {
	r, err := f.Open(ctx)
	if err != nil {
		return err
	}
	defer r.Close()
	br := bufio.NewReaderSize(r, 64<<10)
	for lineNo := 1; ; lineNo++ {
		data, n, err := readLine(br, fn.MaxLine)
		if err != nil && err != io.EOF {
			return fmt.Errorf("%s: %w", f.Metadata.Path, err)
		}
		if n > 0 {
			fn.line(ctx, f.Metadata.Path, lineNo, data, emitDoc, emitError)
		}
		if err == io.EOF {
			return nil
		}
	}
}

// line turns one line of file into a document or an error record.
func (fn *readJSONLFn) line(ctx context.Context, file string, lineNo int, data []byte, emitDoc func(string, document), emitError func(string)) {
	var in struct {
		ID   json.RawMessage `json:"id"`
		Text *string         `json:"text"`
	}
	rec := record{File: file, Line: lineNo}
	switch err := decodeLine(data, &in); {
	case data == nil:
		rec.Error = fmt.Sprintf("line longer than %d bytes", fn.MaxLine)
	case len(bytes.TrimSpace(data)) == 0:
		rec.Error = "empty line"
	case err != nil:
		rec.Error = err.Error()
	case in.Text == nil:
		rec.Error = `no "text" string`
	default:
		id := string(in.ID)
		if id == "" {
			id = "null"
		}
		emitDoc(id, document{Text: *in.Text, File: file, Line: lineNo})
		return
	}
	rec.ID = in.ID
	docsFailed.Inc(ctx, 1)
	emitError(encode(rec))
}

// readLine reads one line of any length from br, returning it without its
// line break, and the number of bytes consumed. A line longer than max is
// consumed whole but returned as nil (n > 0 tells it from end of input).
// It is examples/pipeline's readLine.
func readLine(br *bufio.Reader, max int) (line []byte, n int, err error) {
	tooLong := false
	for {
		chunk, err := br.ReadSlice('\n')
		n += len(chunk)
		if !tooLong {
			line = append(line, chunk...)
			if len(bytes.TrimRight(line, "\r\n")) > max {
				tooLong, line = true, nil
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if tooLong {
			return nil, n, err
		}
		if line == nil {
			line = []byte{} // an empty line, told apart from a too-long one
		}
		return bytes.TrimRight(line, "\r\n"), n, err
	}
}

// decodeLine reads one input line into in, as examples/pipeline's
// decodeLine does. Invalid UTF-8 is an error, checked on the raw bytes:
// encoding/json would replace it, and the offsets returned would not
// address the bytes sent. A valid object followed by something else keeps
// its id for the error record. Errors name no Go types.
func decodeLine(data []byte, in any) error {
	if !utf8.Valid(data) {
		return errors.New("line is not valid UTF-8")
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	err := dec.Decode(in)
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syntax):
		return fmt.Errorf(`bad JSON at byte %d: want an object {"id": ..., "text": "..."}`, syntax.Offset)
	case errors.As(err, &typ) && typ.Field != "":
		return fmt.Errorf("bad JSON: %q must be a string", typ.Field)
	case err != nil:
		return errors.New(`bad JSON: want an object {"id": ..., "text": "..."}`)
	}
	if _, err := dec.Token(); err != io.EOF {
		return errors.New("bad JSON: data after the object")
	}
	return nil
}
