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
	"github.com/varlik/varlik/entity"
)

func init() {
	register.DoFn3x1[context.Context, fileio.ReadableFile, func(string, document), error](&readFileFn{})
	register.DoFn4x1[context.Context, fileio.ReadableFile, func(string, document), func(string), error](&readJSONLFn{})
	register.DoFn5x0[context.Context, string, document, func(string), func(string, string)](&extractFn{})
	register.Function2x1(formatCountFn)
	register.Combiner3[entityAcc, string, entityAcc](&countEntitiesFn{})
	register.Emitter1[string]()
	register.Emitter2[string, string]()
	register.Emitter2[string, document]()
}

var (
	docsTagged = beam.NewCounter("varlik", "documents")
	docsFailed = beam.NewCounter("varlik", "failed_documents")
	mentions   = beam.NewCounter("varlik", "mentions")
)

// config is the pipeline's parameters.
type config struct {
	Input, Output, Format, Lang string
	MaxBytes, MaxLine           int
}

// document is a text to tag and where it comes from: for JSON Lines, its
// file and line, named in its error record as examples/pipeline names the
// line (a text file's id is its path already).
type document struct {
	Text string
	File string
	Line int
}

func (c config) check() error {
	if c.Input == "" || c.Output == "" {
		return errors.New("--input and --output are required")
	}
	if c.MaxLine < 1 {
		return errors.New("--max-line must be positive")
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
// mentions → count per entity → write counts. An input that matches no
// file (a missing path, a glob matching nothing) fails the pipeline:
// fileio's default allows an empty match for a glob, which wrote nothing
// and succeeded.
func build(s beam.Scope, cfg config) {
	var docs beam.PCollection // KV<id as JSON, document>
	var results []beam.PCollection
	files := fileio.ReadMatches(s, fileio.MatchFiles(s, cfg.Input, fileio.MatchEmptyDisallow()))
	if cfg.Format == "text" {
		docs = beam.ParDo(s, &readFileFn{}, files)
	} else {
		var bad beam.PCollection
		docs, bad = beam.ParDo2(s, &readJSONLFn{MaxLine: cfg.MaxLine}, files)
		results = append(results, bad)
		// A file is read by one worker, in order, for its line numbers;
		// its documents are then spread over all the workers to be tagged.
		docs = beam.Reshuffle(s, docs)
	}
	tagged, mentionKVs := beam.ParDo2(s, &extractFn{Lang: cfg.Lang, MaxBytes: cfg.MaxBytes}, docs)
	results = append(results, tagged)
	textio.Write(s, cfg.Output+".jsonl", beam.Flatten(s, results...))
	counts := beam.ParDo(s, formatCountFn, beam.CombinePerKey(s, &countEntitiesFn{}, mentionKVs))
	textio.Write(s, cfg.Output+"-entities.jsonl", counts)
}

// readFileFn makes each file one document, its id the file path.
type readFileFn struct{}

func (readFileFn) ProcessElement(ctx context.Context, f fileio.ReadableFile, emit func(string, document)) error {
	text, err := f.ReadString(ctx)
	if err != nil {
		return err
	}
	id, _ := json.Marshal(f.Metadata.Path)
	emit(string(id), document{Text: text})
	return nil
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
func (f *extractFn) ProcessElement(ctx context.Context, id string, d document, emitResult func(string), emitMention func(string, string)) {
	fail := func(msg string) {
		docsFailed.Inc(ctx, 1)
		emitResult(encode(record{ID: json.RawMessage(id), File: d.File, Line: d.Line, Error: msg}))
	}
	if strings.TrimSpace(d.Text) == "" {
		fail("text is empty") // as examples/pipeline reports it, and serve answers 400
		return
	}
	doc, err := f.x.Extract(ctx, d.Text)
	if err != nil {
		fail(err.Error())
		return
	}
	docsTagged.Inc(ctx, 1)
	mentions.Inc(ctx, int64(len(doc.Entities)))
	emitResult(encode(record{ID: json.RawMessage(id), Document: doc}))
	for _, e := range doc.Entities {
		emitMention(countKey(e), e.Canonical+"\t"+string(e.Type))
	}
}

// countKey is the key an entity's mentions are counted under: its ID,
// which is the same across documents and languages (Q148 for Çin, China
// and Китай; a name ID for a name the gazetteer does not know); a
// document-local ID means nothing across documents, so such an entity is
// counted under its canonical name and type.
func countKey(e entity.Entity) string {
	if e.ID == "" || strings.HasPrefix(e.ID, "local:") {
		return "\x00" + e.Canonical + "\x00" + string(e.Type)
	}
	return e.ID
}

// entityAcc counts one entity's mentions and keeps one canonical name and
// type for it: the smallest in byte order, so that the result does not
// depend on the order workers see documents in.
type entityAcc struct {
	N               int
	Canonical, Type string
}

// countEntitiesFn combines an entity's mentions, each given as
// "canonical<TAB>type".
type countEntitiesFn struct{}

func (countEntitiesFn) CreateAccumulator() entityAcc { return entityAcc{} }

func (countEntitiesFn) AddInput(a entityAcc, mention string) entityAcc {
	canonical, typ, _ := strings.Cut(mention, "\t")
	return merge(a, entityAcc{N: 1, Canonical: canonical, Type: typ})
}

func (countEntitiesFn) MergeAccumulators(a, b entityAcc) entityAcc { return merge(a, b) }

func (countEntitiesFn) ExtractOutput(a entityAcc) entityAcc { return a }

func merge(a, b entityAcc) entityAcc {
	if a.N == 0 {
		return b
	}
	if b.N == 0 {
		return a
	}
	out := entityAcc{N: a.N + b.N, Canonical: min(a.Canonical, b.Canonical), Type: min(a.Type, b.Type)}
	return out
}

// formatCountFn writes one per-entity count line.
func formatCountFn(key string, a entityAcc) string {
	id := key
	if strings.HasPrefix(key, "\x00") {
		id = ""
	}
	return encode(entityCount{ID: id, Canonical: a.Canonical, Type: a.Type, Mentions: a.N})
}

// record is one result line: the document's id, then the Document fields
// or an error; an error record from JSON Lines names its file and line.
type record struct {
	ID json.RawMessage `json:"id"`
	*entity.Document
	File  string `json:"file,omitempty"`
	Line  int    `json:"line,omitempty"`
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
