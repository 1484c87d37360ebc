package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/transforms/stats"
	"github.com/varlik/varlik/entity"
)

func init() {
	register.DoFn3x1[context.Context, fileio.ReadableFile, func(string, string), error](&readFileFn{})
	register.Function3x0(parseJSONLFn)
	register.DoFn5x0[context.Context, string, string, func(string), func(string)](&extractFn{})
	register.Function2x1(formatCountFn)
	register.Emitter1[string]()
	register.Emitter2[string, string]()
}

var (
	docsTagged = beam.NewCounter("varlik", "documents")
	docsFailed = beam.NewCounter("varlik", "failed_documents")
	mentions   = beam.NewCounter("varlik", "mentions")
)

// config is the pipeline's parameters.
type config struct {
	Input, Output, Format, Lang string
	MaxBytes                    int
}

func (c config) check() error {
	if c.Input == "" || c.Output == "" {
		return errors.New("--input and --output are required")
	}
	if c.Format != "text" && c.Format != "jsonl" {
		return fmt.Errorf("bad --format %q: want text or jsonl", c.Format)
	}
	if _, err := entity.New(entity.WithLanguage(c.Lang)); err != nil {
		return err
	}
	return nil
}

// build adds the pipeline to scope s: read → extract → write results, and
// mentions → count per entity → write counts.
func build(s beam.Scope, cfg config) {
	var docs beam.PCollection // KV<id as JSON, text>
	var results []beam.PCollection
	if cfg.Format == "text" {
		files := fileio.ReadMatches(s, fileio.MatchFiles(s, cfg.Input))
		docs = beam.ParDo(s, &readFileFn{}, files)
	} else {
		var bad beam.PCollection
		docs, bad = beam.ParDo2(s, parseJSONLFn, textio.Read(s, cfg.Input))
		results = append(results, bad)
	}
	tagged, keys := beam.ParDo2(s, &extractFn{Lang: cfg.Lang, MaxBytes: cfg.MaxBytes}, docs)
	results = append(results, tagged)
	textio.Write(s, cfg.Output+".jsonl", beam.Flatten(s, results...))
	counts := beam.ParDo(s, formatCountFn, stats.Count(s, keys))
	textio.Write(s, cfg.Output+"-entities.jsonl", counts)
}

// readFileFn makes each file one document, its id the file path.
type readFileFn struct{}

func (readFileFn) ProcessElement(ctx context.Context, f fileio.ReadableFile, emit func(string, string)) error {
	text, err := f.ReadString(ctx)
	if err != nil {
		return err
	}
	id, _ := json.Marshal(f.Metadata.Path)
	emit(string(id), text)
	return nil
}

// parseJSONLFn reads one {"id", "text"} line; a line that is not one
// becomes an error record right away. Blank lines are skipped.
func parseJSONLFn(line string, emitDoc func(string, string), emitError func(string)) {
	if strings.TrimSpace(line) == "" {
		return
	}
	var in struct {
		ID   json.RawMessage `json:"id"`
		Text *string         `json:"text"`
	}
	switch err := json.Unmarshal([]byte(line), &in); {
	case err != nil:
		emitError(encode(record{ID: in.ID, Error: "bad JSON: " + err.Error()}))
	case in.Text == nil:
		emitError(encode(record{ID: in.ID, Error: `no "text" string`}))
	default:
		id := string(in.ID)
		if id == "" {
			id = "null"
		}
		emitDoc(id, *in.Text)
	}
}

// extractFn tags documents with an Extractor built once per DoFn instance
// (Setup runs on the worker, so the model is loaded where it is used).
type extractFn struct {
	Lang     string `json:"lang"`
	MaxBytes int    `json:"max_bytes"`

	x *entity.Extractor
}

func (f *extractFn) Setup() error {
	x, err := entity.New(entity.WithLanguage(f.Lang), entity.WithMaxBytes(f.MaxBytes))
	f.x = x
	return err
}

// ProcessElement emits the document's result line, and one count key per
// entity mention.
func (f *extractFn) ProcessElement(ctx context.Context, id, text string, emitResult, emitMention func(string)) {
	doc, err := f.x.Extract(ctx, text)
	if err != nil {
		docsFailed.Inc(ctx, 1)
		emitResult(encode(record{ID: json.RawMessage(id), Error: err.Error()}))
		return
	}
	docsTagged.Inc(ctx, 1)
	mentions.Inc(ctx, int64(len(doc.Entities)))
	emitResult(encode(record{ID: json.RawMessage(id), Document: doc}))
	for _, e := range doc.Entities {
		emitMention(encode(countKey(e)))
	}
}

// countKey is the key an entity's mentions are counted under, encoded as
// a JSON array [id, canonical, type].
func countKey(e entity.Entity) [3]string {
	id := e.ID
	if strings.HasPrefix(id, "local:") {
		id = "" // local to one document: the name and type identify it across documents
	}
	return [3]string{id, e.Canonical, string(e.Type)}
}

// formatCountFn writes one per-entity count line.
func formatCountFn(key string, n int) string {
	var k [3]string
	json.Unmarshal([]byte(key), &k) // keys are written by countKey
	return encode(entityCount{ID: k[0], Canonical: k[1], Type: k[2], Mentions: n})
}

// record is one result line: the document's id, then the Document fields
// or an error.
type record struct {
	ID json.RawMessage `json:"id"`
	*entity.Document
	Error string `json:"error,omitempty"`
}

// entityCount is one line of the per-entity counts.
type entityCount struct {
	ID        string `json:"id,omitempty"`
	Canonical string `json:"canonical"`
	Type      string `json:"type"`
	Mentions  int    `json:"mentions"`
}

// encode is json.Marshal without HTML escaping, as the other varlik tools
// write JSON. A value that cannot be encoded (a NaN score) becomes an
// error line rather than a failed bundle.
func encode(v any) string {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return fmt.Sprintf(`{"error":%q}`, "encoding result: "+err.Error())
	}
	return strings.TrimSuffix(b.String(), "\n")
}
