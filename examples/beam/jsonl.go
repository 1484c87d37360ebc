package main

import (
	"bufio"
	"context"
	"fmt"
	"io"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/varlik/varlik/internal/jsonin"
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
		data, n, err := jsonin.ReadLine(br, fn.MaxLine)
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
	d, err := jsonin.ParseDoc(data, fn.MaxLine)
	if err != nil {
		docsFailed.Inc(ctx, 1)
		emitError(encode(record{ID: d.ID, File: file, Line: lineNo, Error: err.Error()}))
		return
	}
	id := string(d.ID)
	if id == "" {
		id = "null"
	}
	emitDoc(id, document{Text: d.Text, File: file, Line: lineNo})
}
