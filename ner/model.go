package ner

import (
	"fmt"
	"os"
	"sort"
	"sync"
	"sync/atomic"
)

// Model is a trained named-entity tagger for one language: an averaged
// structured perceptron (Collins 2002) over IOB2 labels with hashed
// features, decoded with first-order Viterbi. A perceptron rather than a
// CRF because it trains an order of magnitude faster (no forward-backward,
// no gradient over the partition function), needs no learning-rate or
// regularization tuning, and with averaging comes close to a CRF on
// Turkish news NER (trained on 90% of Milliyet, locally only, it scores
// 0.93 F1 on the other 10%, against 0.919 published for a CRF; the
// shipped model, which may not learn from Milliyet, scores 0.84 there);
// tagging costs the same. A Model is immutable once built and safe
// for concurrent use.
type Model struct {
	lang string
	// provenance records how the model was built: its training data (with
	// checksums), settings and gazetteer version, as the trainer wrote it.
	provenance string
	fs         featureSet
	table      weightTable
	// trans are the transition scores, in quantized units like the
	// weight table.
	trans transitions
	// bound is trans's bound (boundOf), which viterbi reads.
	bound *transBound
	// scale converts quantized units to perceptron weights; temp is the
	// softmax temperature (in quantized units) calibrated on held-out or
	// training data, used for annotation.Span.Score.
	scale, temp float32
	bufs        sync.Pool // *tagBuffers
	// warm is made once tagged counts filterAfter tokens (warmed).
	warm   atomic.Pointer[warmTables]
	tagged atomic.Int64
	// lexMemo keeps the lexicon's last answers (lexValue).
	lexMemo atomic.Pointer[lexMemo]
}

// Lang returns the language code the model was trained for.
func (m *Model) Lang() string { return m.lang }

// Provenance returns the record of how the model was built (training data
// with checksums, settings, gazetteer version; see cmd/train), or "" for a
// model that has none.
func (m *Model) Provenance() string { return m.provenance }

// ReadModelFile loads a model from a file, as LoadModel does.
func ReadModelFile(path string) (*Model, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	m, err := decodeModel(data, true)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return m, nil
}

var (
	defaultsMu sync.RWMutex
	defaults   = map[string]func() (*Model, error){} // language code → loader, decoding once
)

// RegisterDefault makes data, a model written by WriteTo, the default
// model of language code. The model packages (ner/models/...) call it from
// init; the model is decoded on the first DefaultModel call for code, in
// place: its tables are data's bytes, which must not change afterwards.
// The checksum is not verified here (embedded models are checked by their
// packages' tests), so that start-up touches only the pages it reads.
func RegisterDefault(code string, data []byte) {
	defaultsMu.Lock()
	defer defaultsMu.Unlock()
	defaults[code] = sync.OnceValues(func() (*Model, error) { return decodeModel(data, false) })
}

// DefaultCodes lists the languages with a registered default model, sorted.
func DefaultCodes() []string {
	defaultsMu.RLock()
	defer defaultsMu.RUnlock()
	codes := make([]string, 0, len(defaults))
	for c := range defaults {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	return codes
}

// DefaultModel returns the registered default model of a language ("tr"),
// decoded once on first use and shared.
func DefaultModel(code string) (*Model, error) {
	defaultsMu.RLock()
	load := defaults[code]
	defaultsMu.RUnlock()
	if load == nil {
		return nil, fmt.Errorf("ner: no default model for language %q", code)
	}
	return load()
}
