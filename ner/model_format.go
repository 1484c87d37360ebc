package ner

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"math"
	"sync"
)

// Model file format (integers little-endian or unsigned varints, strings
// a uvarint byte length and the bytes):
//
//	"VARLIKNER" magic, 1 byte format version, then
//	  uvarint feature version, string language code, string provenance,
//	  uvarint label count, label strings, 1 byte flags (1 = morphology,
//	  2 = gazetteer, 4 = clause verb, 8 = lower-case sentences), float32
//	  scale, float32 temperature,
//	  classes×(labels+1)×labels float32 transitions (see transitions),
//	  the lexicon (a lexTable):
//	    uvarint entry count n, uvarint home count, uvarint slot count s,
//	    uvarint count of entries with a capitalization prior, uvarint OR
//	    of the entries' classes, zero bytes up to a multiple of 8 from the
//	    file's start, s uint64 slots: the key's top 48 bits over the
//	    16-bit value, each entry in key order at or past its home, a free
//	    slot a copy of the next entry (see lexTable),
//	  the cluster map (4-byte values, a frozenTable):
//	    uvarint entry count n, uvarint bucket bits b, uvarint entry size w
//	    (16), zero bytes up to a multiple of 4 from the file's start,
//	    (2^b+1) uint32 bucket starts, zero bytes up to a multiple of w, n
//	    entries of w bytes: key, value, zero padding (see table_bytes.go),
//	  the weight table (a weightTable):
//	    uvarint key count, uvarint bucket count nb, zero bytes up to a
//	    multiple of 64 from the file's start, 2×nb slots of 32 bytes: key,
//	    labels×2-byte row, zero padding; an empty slot all zeros; then
//	    2×nb 1-byte tags, bits 32-39 of each slot's key (see keyTag),
//	  "END", then the CRC-32C (Castagnoli) of every byte before it.
//
// The tables are stored as the tagger searches them, so a model held in
// memory (an embedded one, or a file read whole) is used in place: loading
// parses the header and checks sizes, and copies nothing. Version 6 stored
// the lexicon as the cluster map is stored (16-byte entries); version 5
// that way the weight table too (with 32-byte entries), and
// versions 3 and 4 every table as keys, then values, with no index and no
// checksum; they are still read, and their tables rebuilt into this
// layout. Version 7 had no tags: they are made of the slots when it is
// read. Versions 7 and 8 stored the lexicon's entries one after the other
// with an index of bucket starts: they are laid out anew when read.
const (
	modelMagic   = "VARLIKNER"
	modelVersion = 9
	// oldestModelVersion is the oldest version LoadModel still reads.
	oldestModelVersion = 3
	modelTrailer       = "END"
)

// Errors returned by LoadModel.
var (
	ErrNotModel     = errors.New("ner: not a varlik NER model (bad magic)")
	ErrModelVersion = errors.New("ner: unsupported model version")
	ErrTruncated    = errors.New("ner: model file truncated or corrupt")
	// ErrChecksum is a kind of ErrTruncated: errors.Is finds both.
	ErrChecksum = fmt.Errorf("%w: checksum mismatch", ErrTruncated)
)

// castagnoli returns the CRC-32C table, made when a model is first written
// or verified: making it at init cost every program 0.4 ms (1.2 million
// instructions) before main, and the embedded models are not verified.
var castagnoli = sync.OnceValue(func() *crc32.Table { return crc32.MakeTable(crc32.Castagnoli) })

// WriteTo writes m in the model file format.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	b := []byte(modelMagic)
	b = append(b, modelVersion)
	putS := func(s string) { b = binary.AppendUvarint(b, uint64(len(s))); b = append(b, s...) }
	putF := func(f float32) { b = binary.LittleEndian.AppendUint32(b, math.Float32bits(f)) }
	b = binary.AppendUvarint(b, FeatureVersion)
	putS(m.lang)
	putS(m.provenance)
	b = binary.AppendUvarint(b, numLabels)
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
	if m.fs.lower {
		flags |= 8
	}
	b = append(b, flags)
	putF(m.scale)
	putF(m.temp)
	for c := range m.trans {
		for i := range m.trans[c] {
			for _, f := range m.trans[c][i] {
				putF(f)
			}
		}
	}
	b = appendLexTable(b, &m.fs.lex)
	b = appendTable(b, &m.fs.clu)
	b = appendWeightTable(b, &m.table, true)
	b = append(b, modelTrailer...)
	b = binary.LittleEndian.AppendUint32(b, crc32.Checksum(b, castagnoli()))
	n, err := w.Write(b)
	return int64(n), err
}

// LoadModel reads a model written by WriteTo, checking its checksum. It
// returns ErrNotModel, ErrModelVersion, ErrChecksum or ErrTruncated
// (wrapped with detail) for input that is not a complete, intact model of
// a version it reads. It holds the input in memory and uses it in place;
// what it allocates is bounded by what the input holds, not by the sizes
// the input declares.
func LoadModel(r io.Reader) (*Model, error) {
	head := make([]byte, len(modelMagic)+1)
	n, err := io.ReadFull(r, head)
	if n < len(modelMagic) || string(head[:len(modelMagic)]) != modelMagic {
		return nil, ErrNotModel
	}
	if err != nil {
		return nil, fmt.Errorf("%w: no version byte", ErrTruncated)
	}
	var buf bytes.Buffer
	if sized, ok := r.(interface{ Len() int }); ok { // bytes.Reader and the like: read in one allocation
		buf.Grow(len(head) + sized.Len() + bytes.MinRead)
	}
	buf.Write(head)
	if _, err := buf.ReadFrom(r); err != nil {
		return nil, err
	}
	return decodeModel(buf.Bytes(), true)
}

// decodeModel decodes data, a whole model file, using its tables in place;
// verify checks the checksum (of version 5 and later).
func decodeModel(data []byte, verify bool) (*Model, error) {
	if len(data) < len(modelMagic)+1 || string(data[:len(modelMagic)]) != modelMagic {
		return nil, ErrNotModel
	}
	v := data[len(modelMagic)]
	if v < oldestModelVersion || v > modelVersion {
		return nil, fmt.Errorf("%w %d (this build reads versions %d to %d)", ErrModelVersion, v, oldestModelVersion, modelVersion)
	}
	if v >= 5 {
		if len(data) < len(modelMagic)+1+len(modelTrailer)+4 {
			return nil, fmt.Errorf("%w: %d bytes", ErrTruncated, len(data))
		}
		body, sum := data[:len(data)-4], binary.LittleEndian.Uint32(data[len(data)-4:])
		if verify && crc32.Checksum(body, castagnoli()) != sum {
			return nil, ErrChecksum
		}
		data = body
	}
	d := &modelBytes{b: data, off: len(modelMagic) + 1}
	m, err := decodeHeader(d, v)
	if err != nil {
		return nil, err
	}
	if v >= 5 {
		if v >= 9 {
			m.fs.lex = readLexTable(d)
		} else if v >= 7 {
			m.fs.lex = readLexTableV7(d)
		} else {
			m.fs.lex = lexTableOfFrozen(readTable[uint16](d, "lexicon"))
		}
		m.fs.clu = readTable[uint32](d, "cluster map")
		if v >= 6 {
			m.table = readWeightTable(d, v)
		} else {
			m.table = oldWeightTable(d, readTable[rowWeights](d, "weight table"))
		}
	} else {
		m.fs.lex = lexTableOfFrozen(readOldTable[uint16](d, "lexicon"))
		m.fs.clu = readOldTable[uint32](d, "cluster map")
		m.table = oldWeightTable(d, readOldTable[rowWeights](d, "weight table"))
	}
	if d.err == nil && string(d.bytes(len(modelTrailer))) != modelTrailer {
		d.fail(fmt.Errorf("%w: missing trailer", ErrTruncated))
	}
	if d.err == nil && d.off != len(d.b) {
		d.fail(fmt.Errorf("%w: data after the trailer", ErrTruncated))
	}
	if d.err != nil {
		return nil, d.err
	}
	return m, nil
}

// decodeHeader reads everything before the tables.
func decodeHeader(d *modelBytes, version byte) (*Model, error) {
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
	var flags byte
	if b := d.bytes(1); d.err == nil {
		flags = b[0]
	}
	if d.err == nil && flags&^15 != 0 {
		return nil, fmt.Errorf("%w: unknown feature flags %#x", ErrModelVersion, flags&^15)
	}
	m.fs.morph, m.fs.gaz, m.fs.verb, m.fs.lower = flags&1 != 0, flags&2 != 0, flags&4 != 0, flags&8 != 0
	m.scale, m.temp = d.f(), d.f()
	if d.err == nil && (!finite(m.scale) || !finite(m.temp) || m.scale <= 0 || m.temp <= 0) {
		return nil, fmt.Errorf("%w: scale %v, temperature %v", ErrTruncated, m.scale, m.temp)
	}
	for c := range m.trans {
		for i := range m.trans[c] {
			for y := range m.trans[c][i] {
				f := d.f()
				if d.err == nil && !finite(f) {
					return nil, fmt.Errorf("%w: a transition score is %v", ErrTruncated, f)
				}
				m.trans[c][i][y] = f
			}
		}
	}
	m.bound = boundOf(&m.trans)
	return m, d.err
}

func finite(f float32) bool { return !math.IsNaN(float64(f)) && !math.IsInf(float64(f), 0) }
