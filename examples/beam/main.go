// Command beam is an Apache Beam pipeline that tags documents with varlik
// at scale: it reads text or JSON Lines files, extracts entities and
// relations on the workers, and writes the results and per-entity mention
// counts.
//
//	go run . --input 'news/*.txt' --output out/news [--format text|jsonl] [--lang auto]
//	         [--max-bytes 16777216] [--max-line 67108864] [--runner direct]
//
// --format text makes each file one document, its id the file path;
// --format jsonl reads one {"id": ..., "text": "..."} document per line
// (each file is read in order by one worker, and its documents are then
// tagged across all the workers). An input that matches no file is an
// error. Two outputs are written:
//
//	<output>.jsonl           one {"id": ..., "lang", "entities", "relations"} per document,
//	                         or {"id": ..., "error": "..."} for a document that could not be tagged
//	<output>-entities.jsonl  one {"id", "canonical", "type", "mentions"} per entity, over all documents
//
// A JSON Lines document is judged as examples/pipeline judges it, with the
// same error messages: a blank line, invalid UTF-8 (checked on the raw
// bytes, before encoding/json would replace it), bad JSON, no "text", an
// empty text, a text over --max-bytes and a line over --max-line each give
// an error record, with the "file" and the "line" (from 1) it came from.
// An empty text file is an error record too.
//
// varlik's own flags are spelt with hyphens, as in the other varlik
// programs; Beam's (--runner, --staging_location, ...) with underscores.
// Beam does not require either: it passes every flag set to the runner as
// a pipeline option under its name.
//
// An entity is counted under its ID (a gazetteer ID, or a name ID that is
// the same across documents and languages), canonical name and type; a
// document-local ID ("local:N") means nothing across documents, so such
// entities are counted under their canonical name and type alone.
//
// The runner is chosen with --runner (default prism, Beam's local runner;
// direct is the in-process runner used by the tests). See the README for
// Dataflow, Flink and Spark. This module has its own go.mod so that the
// varlik library does not depend on Beam.
package main

import (
	"context"
	"flag"
	"log"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"
)

var (
	input    = flag.String("input", "", "input file glob (local path, gs://, s3://, ...) (required)")
	output   = flag.String("output", "", "output path prefix (required)")
	format   = flag.String("format", "text", "input format: text (a file is a document) or jsonl (a line is a document)")
	lang     = flag.String("lang", "auto", "language: auto, tr, en or ru")
	maxBytes = flag.Int("max-bytes", 16<<20, "largest document in bytes")
	maxLine  = flag.Int("max-line", 64<<20, "with --format jsonl, largest input line in bytes")
)

func main() {
	flag.Parse()
	beam.Init()
	cfg := config{Input: *input, Output: *output, Format: *format, Lang: *lang, MaxBytes: *maxBytes, MaxLine: *maxLine}
	if err := cfg.check(); err != nil {
		log.Fatal(err)
	}
	p, s := beam.NewPipelineWithRoot()
	build(s, cfg)
	if err := beamx.Run(context.Background(), p); err != nil {
		log.Fatalf("pipeline failed: %v", err)
	}
}
