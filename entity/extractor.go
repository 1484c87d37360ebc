package entity

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/link"
	"github.com/varlik/varlik/ner"
	"github.com/varlik/varlik/recognize"
	"github.com/varlik/varlik/relation"
	"golang.org/x/text/language"
)

// DefaultMaxBytes is the default limit on the size of one document.
const DefaultMaxBytes = 16 << 20

// ErrTooLarge is returned (wrapped) for a document larger than the
// Extractor's limit; see WithMaxBytes.
var ErrTooLarge = errors.New("entity: document too large")

// ErrNotInitialized is returned for an Extractor that New did not make (a
// nil pointer or a zero value).
var ErrNotInitialized = errors.New("entity: Extractor not made by New")

// ErrNilContext is returned for a nil context.Context: pass
// context.Background() where there is none.
var ErrNilContext = errors.New("entity: nil Context")

// ErrUnsupportedLanguage is returned (wrapped, naming the language) for a
// language no package is registered for: by WithLanguage, and by a call
// whose text is identified as, or whose code names, such a language.
var ErrUnsupportedLanguage = errors.New("entity: unsupported language")

// ready returns why x cannot serve a call with ctx, or nil: an Extractor
// New did not make, a nil ctx, or a ctx already done.
func (x *Extractor) ready(ctx context.Context) error {
	if x == nil || x.gaz == nil {
		return ErrNotInitialized
	}
	if ctx == nil {
		return ErrNilContext
	}
	return ctx.Err()
}

// Extractor finds entities and relations in text. It is safe for
// concurrent use by multiple goroutines; build one and share it.
type Extractor struct {
	lang     string // "" or "auto": identify per document
	maxBytes int
	gaz      *gazetteer.Gazetteer
	linker   *link.Linker          // over gaz
	models   map[string]*ner.Model // by language code; nil entry: no model
	modelsMu sync.Mutex
	rec      *recognize.Recognizer // over gaz, linker and model
}

// Option configures an Extractor.
type Option func(*Extractor) error

// WithLanguage fixes the language of every document, given as a BCP 47
// tag ("tr", "TR", "tr-TR", "en-GB", "ru"); "auto" or "" identifies it per
// document.
func WithLanguage(code string) Option {
	return func(x *Extractor) error {
		if code == "" || strings.EqualFold(code, "auto") {
			x.lang = ""
			return nil
		}
		base := code
		if tag, err := language.Parse(code); err == nil {
			b, _ := tag.Base()
			base = b.String()
		}
		if _, ok := lang.Get(base); !ok {
			return fmt.Errorf("%w %q (supported: %v)", ErrUnsupportedLanguage, code, lang.Codes())
		}
		x.lang = base
		return nil
	}
}

// WithMaxBytes limits the size of one document; Extract returns an error
// wrapping ErrTooLarge past it. n <= 0 removes the limit.
func WithMaxBytes(n int) Option {
	return func(x *Extractor) error {
		x.maxBytes = n
		return nil
	}
}

// WithGazetteer replaces the embedded default gazetteer. To add entries to
// the default instead, pass gazetteer.Default().With(entries...).
func WithGazetteer(g *gazetteer.Gazetteer) Option {
	return func(x *Extractor) error {
		if g == nil {
			return errors.New("entity: nil gazetteer")
		}
		if err := g.Validate(); err != nil {
			return fmt.Errorf("entity: %w", err)
		}
		x.gaz = g
		return nil
	}
}

// WithModel replaces the embedded default model of the model's language.
func WithModel(m *ner.Model) Option {
	return func(x *Extractor) error {
		if m == nil {
			return errors.New("entity: nil model")
		}
		if _, ok := lang.Get(m.Lang()); !ok {
			return fmt.Errorf("entity: the model's language %q is not registered (have %v)", m.Lang(), lang.Codes())
		}
		x.models[m.Lang()] = m
		return nil
	}
}

// New returns an Extractor configured by opts, using the embedded default
// model and gazetteer unless an option replaces them.
func New(opts ...Option) (*Extractor, error) {
	x := &Extractor{maxBytes: DefaultMaxBytes, models: map[string]*ner.Model{}}
	for i, opt := range opts {
		if opt == nil {
			return nil, fmt.Errorf("entity: option %d is nil", i)
		}
		if err := opt(x); err != nil {
			return nil, err
		}
	}
	if x.gaz == nil {
		x.gaz = gazetteer.Default()
	}
	x.linker = link.New(x.gaz)
	x.rec = recognize.New(x.gaz, x.linker, x.model)
	return x, nil
}

// Extract finds the entities and relations of text. Offsets in the result
// are UTF-8 byte offsets into text. Invalid UTF-8 is tolerated: invalid
// bytes become tokens of kind lang.Other and never belong to an entity.
//
// When ctx is done, Extract returns ctx.Err() and no document at once
// (see returnOnDone). The work itself stops at its next check of ctx:
// within a few milliseconds on news, and up to a few hundred on
// multi-megabyte adversarial documents, whose steps no check can split;
// a server that bounds the Extract calls in flight bounds that work too,
// but not to the instant the calls return.
func (x *Extractor) Extract(ctx context.Context, text string) (*Document, error) {
	if err := x.ready(ctx); err != nil {
		return nil, err
	}
	if x.maxBytes > 0 && len(text) > x.maxBytes {
		return nil, fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, len(text), x.maxBytes)
	}
	l, err := x.language(text)
	if err != nil {
		return nil, err
	}
	if inCaller(ctx, len(text)) { // as returnOnDone would, with no closure to allocate
		return x.extract(ctx, l, text)
	}
	return returnOnDone(ctx, len(text), func() (*Document, error) { return x.extract(ctx, l, text) })
}

// extract tokenizes and annotates text in language l.
func (x *Extractor) extract(ctx context.Context, l lang.Language, text string) (*Document, error) {
	doc := &Document{Lang: l.Code(), Text: text}
	if err := tokenize(ctx, l, doc); err != nil {
		return nil, err
	}
	if err := x.annotate(ctx, doc, l); err != nil {
		return nil, err
	}
	return doc, nil
}

// returnOnDone returns work's result, or ctx.Err() as soon as ctx is done
// if that comes first. Every stage of work checks ctx within about a
// millisecond of its own work, but a long document also has steps no
// check can split, such as allocating and zeroing its token array (300
// MB for 5 MB of punctuation) or a garbage collection of its heap: these
// take tens of milliseconds. So a document over chunkBytes is worked on
// in a goroutine of its own and the caller is answered at once; the
// goroutine ends at its next check, its result discarded; a panic in it
// is raised again in the caller, as if work had run there. A shorter
// document, or a context that is never done, is worked on in the
// caller's goroutine.
func returnOnDone(ctx context.Context, size int, work func() (*Document, error)) (*Document, error) {
	if inCaller(ctx, size) {
		return work()
	}
	type result struct {
		doc      *Document
		err      error
		panicked any // a panic of work, raised again in the caller
	}
	done := make(chan result, 1) // buffered: an abandoned work does not block
	go func() {
		defer func() {
			if p := recover(); p != nil {
				done <- result{panicked: p} // dropped if the caller has gone
			}
		}()
		doc, err := work()
		done <- result{doc: doc, err: err}
	}()
	select {
	case r := <-done:
		if r.panicked != nil {
			panic(r.panicked)
		}
		return r.doc, r.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// inCaller reports whether returnOnDone works on a document of size bytes
// in the caller's goroutine.
func inCaller(ctx context.Context, size int) bool {
	return size <= chunkBytes || ctx.Done() == nil
}

// language picks the Language of a document.
func (x *Extractor) language(text string) (lang.Language, error) {
	code := x.lang
	if code == "" {
		code = identify(text)
	}
	l, ok := lang.Get(code)
	if !ok {
		return nil, fmt.Errorf("%w %q (supported: %v)", ErrUnsupportedLanguage, code, lang.Codes())
	}
	return l, nil
}

// model returns the tagging model for a language: the one given with
// WithModel, else the embedded default, else nil (no model: the
// gazetteer and rules alone find entities).
func (x *Extractor) model(code string) *ner.Model {
	x.modelsMu.Lock()
	defer x.modelsMu.Unlock()
	m, ok := x.models[code]
	if !ok {
		m, _ = ner.DefaultModel(code) // a language without a default model has m == nil
		x.models[code] = m
	}
	return m
}

// annotate fills the entities and relations of a tokenized document,
// checking ctx between sentences.
func (x *Extractor) annotate(ctx context.Context, doc *Document, l lang.Language) error {
	var err error
	doc.Entities, err = x.rec.Recognize(ctx, doc, l)
	if err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := x.linker.LinkContext(ctx, doc, l); err != nil {
		return err
	}
	if doc.Entities == nil {
		doc.Entities = []Entity{} // JSON [] rather than null
	}
	// The gazetteer tells where its places lie: the LOCATED_IN patterns
	// marked Known ("Kansas City, Missouri") need it.
	doc.Relations = relation.ExtractWith(ctx, doc, l, relation.GazetteerPlaces(x.gaz))
	if doc.Relations == nil {
		doc.Relations = []Relation{}
	}
	return ctx.Err()
}
