package ner

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"sort"
	"sync"
)

// Model is a trained named-entity tagger for one language: an averaged
// structured perceptron (Collins 2002) over IOB2 labels with hashed
// features, decoded with first-order Viterbi. A perceptron rather than a
// CRF because it trains an order of magnitude faster (no forward-backward,
// no gradient over the partition function), needs no learning-rate or
// regularization tuning, and with averaging comes close to a CRF on
// Turkish news NER (0.93 F1 on Milliyet, against 0.919 published for a
// CRF); tagging costs the same. A Model is immutable once built and safe
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
	// scale converts quantized units to perceptron weights; temp is the
	// softmax temperature (in quantized units) calibrated on held-out or
	// training data, used for annotation.Span.Score.
	scale, temp float32
	bufs        sync.Pool // *tagBuffers
}

// Lang returns the language code the model was trained for.
func (m *Model) Lang() string { return m.lang }

// Provenance returns the record of how the model was built (training data
// with checksums, settings, gazetteer version; see cmd/train), or "" for a
// model that has none.
func (m *Model) Provenance() string { return m.provenance }

// Model file format (integers little-endian or unsigned varints, strings
// a uvarint byte length and the bytes):
//
//	"VARLIKNER" magic, 1 byte format version, then
//	  uvarint feature version, string language code, string provenance
//	  (from version 4),
//	  uvarint label count, label strings, 1 byte flags (1 = morphology,
//	  2 = gazetteer, 4 = clause verb), float32 scale, float32 temperature,
//	  classes×(labels+1)×labels float32 transitions (see transitions),
//	  uvarint lexicon size n, n uint64 word hashes (ascending), n uint16 values,
//	  uvarint cluster-map size n, n uint64 word hashes (ascending), n uint32 clusters,
//	  uvarint weight-row count n, n uint64 feature hashes (ascending),
//	  n×labels int16 weights,
//	  "END".
//
// The tables are fixed-width arrays in the order the tagger searches them
// (frozenTable), uncompressed: loading is a copy, not a rebuild, which
// keeps start-up within a few tens of milliseconds.
const (
	modelMagic   = "VARLIKNER"
	modelVersion = 4
	// oldestModelVersion is the oldest version LoadModel still reads.
	oldestModelVersion = 3
	modelTrailer       = "END"
)

// Errors returned by LoadModel.
var (
	ErrNotModel     = errors.New("ner: not a varlik NER model (bad magic)")
	ErrModelVersion = errors.New("ner: unsupported model version")
	ErrTruncated    = errors.New("ner: model file truncated or corrupt")
)

// WriteTo writes m in the model file format.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	var p bytes.Buffer
	putU := func(v uint64) { p.Write(binary.AppendUvarint(nil, v)) }
	putS := func(s string) { putU(uint64(len(s))); p.WriteString(s) }
	putF := func(f float32) { p.Write(binary.LittleEndian.AppendUint32(nil, math.Float32bits(f))) }
	putU(FeatureVersion)
	putS(m.lang)
	putS(m.provenance)
	putU(numLabels)
	for _, l := range labelNames {
		putS(l)
	}
	var flags byte
	if m.fs.morph {
		flags |= 1
	}
	if m.fs.gaz {
		flags |= 2
	}
	if m.fs.verb {
		flags |= 4
	}
	p.WriteByte(flags)
	putF(m.scale)
	putF(m.temp)
	for c := range m.trans {
		for i := range m.trans[c] {
			for _, f := range m.trans[c][i] {
				putF(f)
			}
		}
	}
	putTable(&p, &m.fs.lex, func(b []byte, v uint16) []byte { return binary.LittleEndian.AppendUint16(b, v) })
	putTable(&p, &m.fs.clu, func(b []byte, v uint32) []byte { return binary.LittleEndian.AppendUint32(b, v) })
	putTable(&p, &m.table.frozenTable, func(b []byte, w rowWeights) []byte {
		for _, v := range w {
			b = binary.LittleEndian.AppendUint16(b, uint16(v))
		}
		return b
	})
	p.WriteString(modelTrailer)

	cw := &countWriter{w: w}
	if _, err := io.WriteString(cw, modelMagic); err != nil {
		return cw.n, err
	}
	if _, err := cw.Write([]byte{modelVersion}); err != nil {
		return cw.n, err
	}
	_, err := cw.Write(p.Bytes())
	return cw.n, err
}

// putTable writes a frozenTable: its size, its keys, then its values
// encoded by appendValue.
func putTable[V any](p *bytes.Buffer, t *frozenTable[V], appendValue func([]byte, V) []byte) {
	b := binary.AppendUvarint(nil, uint64(t.len()))
	for _, e := range t.entries {
		b = binary.LittleEndian.AppendUint64(b, e.key)
	}
	for _, e := range t.entries {
		b = appendValue(b, e.val)
	}
	p.Write(b)
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(b []byte) (int, error) {
	n, err := c.w.Write(b)
	c.n += int64(n)
	return n, err
}

// LoadModel reads a model written by WriteTo. It returns ErrNotModel,
// ErrModelVersion or ErrTruncated (wrapped with detail) for input that is
// not a complete model of this version.
func LoadModel(r io.Reader) (*Model, error) {
	head := make([]byte, len(modelMagic)+1)
	n, err := io.ReadFull(r, head)
	if n < len(modelMagic) || string(head[:len(modelMagic)]) != modelMagic {
		return nil, ErrNotModel
	}
	if err != nil {
		return nil, fmt.Errorf("%w: no version byte", ErrTruncated)
	}
	v := head[len(modelMagic)]
	if v < oldestModelVersion || v > modelVersion {
		return nil, fmt.Errorf("%w %d (this build reads versions %d to %d)", ErrModelVersion, v, oldestModelVersion, modelVersion)
	}
	left := int64(-1) // bytes after the header, when the reader knows
	if l, ok := r.(interface{ Len() int }); ok {
		left = int64(l.Len())
	}
	return decodeModel(bufio.NewReaderSize(r, 1<<16), v, left)
}

// modelReader reads the payload, remembering the first error.
type modelReader struct {
	r   *bufio.Reader
	err error
	// left counts the bytes not read yet when the input's size is known,
	// else it is negative.
	left int64
}

func (d *modelReader) fail(err error) {
	if d.err == nil {
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			err = fmt.Errorf("%w: %v", ErrTruncated, err)
		}
		d.err = err
	}
}

func (d *modelReader) u() uint64 {
	v, err := binary.ReadUvarint(d.r)
	if err != nil {
		d.fail(err)
	}
	if d.left >= 0 {
		d.left -= int64(len(binary.AppendUvarint(nil, v)))
	}
	return v
}

// bytes reads n bytes. A corrupt size must not make it allocate what the
// input does not hold: when the input's size is known it checks n against
// it first; otherwise, beyond a small size, it grows its buffer as data
// arrives.
func (d *modelReader) bytes(n int) []byte {
	if d.left >= 0 && int64(n) > d.left {
		d.fail(fmt.Errorf("%w: %d bytes declared, %d left", ErrTruncated, n, d.left))
		if n <= 1<<16 {
			return make([]byte, n) // callers index small reads before checking d.err
		}
		return nil
	}
	var b []byte
	if n <= 1<<16 || d.left >= 0 {
		b = make([]byte, n)
		if _, err := io.ReadFull(d.r, b); err != nil {
			d.fail(err)
		}
	} else {
		var buf bytes.Buffer
		if _, err := io.CopyN(&buf, d.r, int64(n)); err != nil {
			d.fail(err)
		}
		b = buf.Bytes()
	}
	if d.left >= 0 {
		d.left -= int64(n)
	}
	return b
}

// maxStringBytes bounds a string in a model file (the provenance is the
// longest, a few kilobytes), so that a corrupt length cannot make the
// reader allocate without limit.
const maxStringBytes = 1 << 16

func (d *modelReader) s() string {
	n := d.u()
	if n > maxStringBytes {
		d.fail(fmt.Errorf("%w: string of %d bytes", ErrTruncated, n))
		return ""
	}
	return string(d.bytes(int(n)))
}

func (d *modelReader) f() float32 {
	return math.Float32frombits(binary.LittleEndian.Uint32(d.bytes(4)))
}

func decodeModel(r *bufio.Reader, version byte, left int64) (*Model, error) {
	d := &modelReader{r: r, left: left}
	if v := d.u(); d.err == nil && v != FeatureVersion {
		return nil, fmt.Errorf("%w: feature version %d (this build computes version %d)", ErrModelVersion, v, FeatureVersion)
	}
	m := &Model{lang: d.s()}
	if version >= 4 {
		m.provenance = d.s()
	}
	if n := d.u(); d.err == nil && n != numLabels {
		return nil, fmt.Errorf("%w: %d labels, want %d", ErrTruncated, n, numLabels)
	}
	for _, want := range labelNames {
		if got := d.s(); d.err == nil && got != want {
			return nil, fmt.Errorf("%w: label %q, want %q", ErrTruncated, got, want)
		}
	}
	flags := d.bytes(1)[0]
	if d.err == nil && flags&^7 != 0 {
		return nil, fmt.Errorf("%w: unknown feature flags %#x", ErrModelVersion, flags&^7)
	}
	m.fs.morph, m.fs.gaz, m.fs.verb = flags&1 != 0, flags&2 != 0, flags&4 != 0
	m.scale, m.temp = d.f(), d.f()
	if d.err == nil && (!finite(m.scale) || !finite(m.temp) || m.scale <= 0 || m.temp <= 0) {
		return nil, fmt.Errorf("%w: scale %v, temperature %v", ErrTruncated, m.scale, m.temp)
	}
	for c := range m.trans {
		for i := range m.trans[c] {
			for y := range m.trans[c][i] {
				m.trans[c][i][y] = d.f()
			}
		}
	}
	for c := range m.trans {
		for i := range m.trans[c] {
			for _, f := range m.trans[c][i] {
				if d.err == nil && !finite(f) {
					return nil, fmt.Errorf("%w: a transition score is %v", ErrTruncated, f)
				}
			}
		}
	}
	if d.err != nil {
		return nil, d.err
	}
	m.fs.lex = readTable(d, "lexicon", 2, func(b []byte) uint16 { return binary.LittleEndian.Uint16(b) })
	m.fs.clu = readTable(d, "cluster map", 4, func(b []byte) uint32 { return binary.LittleEndian.Uint32(b) })
	m.table.frozenTable = readTable(d, "weight table", 2*numLabels, func(b []byte) (w rowWeights) {
		for y := range w {
			w[y] = int16(binary.LittleEndian.Uint16(b[2*y:]))
		}
		return w
	})
	if d.err == nil {
		if trailer := d.bytes(len(modelTrailer)); d.err == nil && string(trailer) != modelTrailer {
			d.fail(fmt.Errorf("%w: missing trailer", ErrTruncated))
		}
	}
	if d.err == nil {
		if _, err := r.ReadByte(); err != io.EOF {
			d.fail(fmt.Errorf("%w: data after the trailer", ErrTruncated))
		}
	}
	if d.err != nil {
		return nil, d.err
	}
	return m, nil
}

// ReadModelFile loads a model from a file.
func ReadModelFile(path string) (*Model, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	m, err := LoadModel(bytes.NewReader(data)) // a reader with a known size: see modelReader.bytes
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
// init; the model is decoded on the first DefaultModel call for code.
func RegisterDefault(code string, data []byte) {
	defaultsMu.Lock()
	defer defaultsMu.Unlock()
	defaults[code] = sync.OnceValues(func() (*Model, error) { return LoadModel(bytes.NewReader(data)) })
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

// readTableInPlace decodes a table of n entries straight into its entries,
// with no copy of the raw bytes, once the input is known to hold them.
func readTableInPlace[V any](d *modelReader, what string, n, valueBytes int, value func([]byte) V) frozenTable[V] {
	if size := int64(n) * int64(8+valueBytes); size > d.left {
		d.fail(fmt.Errorf("%w: %s of %d entries, %d bytes left", ErrTruncated, what, n, d.left))
		return frozenTable[V]{}
	}
	entries := make([]tableEntry[V], n)
	// Keys, then values, read a chunk at a time.
	chunk := make([]byte, 0, 64<<10)
	readChunk := func(width, from, to int) bool {
		chunk = chunk[:width*(to-from)]
		if _, err := io.ReadFull(d.r, chunk); err != nil {
			d.fail(err)
			return false
		}
		return true
	}
	per := max(cap(chunk)/8, 1)
	for from := 0; from < n; from += per {
		to := min(from+per, n)
		if !readChunk(8, from, to) {
			return frozenTable[V]{}
		}
		for i := from; i < to; i++ {
			entries[i].key = binary.LittleEndian.Uint64(chunk[8*(i-from):])
			if i > 0 && entries[i].key <= entries[i-1].key {
				d.fail(fmt.Errorf("%w: %s keys out of order", ErrTruncated, what))
				return frozenTable[V]{}
			}
		}
	}
	per = max(cap(chunk)/max(valueBytes, 1), 1)
	for from := 0; from < n; from += per {
		to := min(from+per, n)
		if !readChunk(valueBytes, from, to) {
			return frozenTable[V]{}
		}
		for i := from; i < to; i++ {
			entries[i].val = value(chunk[valueBytes*(i-from):])
		}
	}
	d.left -= int64(n) * int64(8+valueBytes)
	return newFrozenTable(entries)
}

// maxTableSize bounds a table's entry count, so that a corrupt size
// cannot make the reader allocate without limit.
const maxTableSize = 1 << 26

// readTable reads a table written by putTable whose values are
// valueBytes wide, checking that its keys ascend.
func readTable[V any](d *modelReader, what string, valueBytes int, value func([]byte) V) frozenTable[V] {
	n := d.u()
	if d.err != nil {
		return frozenTable[V]{}
	}
	if n > maxTableSize {
		d.fail(fmt.Errorf("%w: %s of %d entries", ErrTruncated, what, n))
		return frozenTable[V]{}
	}
	if d.left >= 0 {
		return readTableInPlace(d, what, int(n), valueBytes, value)
	}
	raw := d.bytes(int(n) * (8 + valueBytes))
	if d.err != nil {
		return frozenTable[V]{}
	}
	entries := make([]tableEntry[V], n)
	vals := raw[8*n:]
	for i := range entries {
		e := &entries[i]
		e.key, e.val = binary.LittleEndian.Uint64(raw[8*i:]), value(vals[valueBytes*i:])
		if i > 0 && e.key <= entries[i-1].key {
			d.fail(fmt.Errorf("%w: %s keys out of order", ErrTruncated, what))
			return frozenTable[V]{}
		}
	}
	return newFrozenTable(entries)
}

func finite(f float32) bool { return !math.IsNaN(float64(f)) && !math.IsInf(float64(f), 0) }
