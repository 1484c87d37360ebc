package ner

import (
	"encoding/binary"
	"fmt"
	"math"
)

// modelBytes reads a model file held in memory, remembering the first
// error. Every size it is given is checked against the bytes left before
// it slices, so a corrupt size cannot make it read past the end or
// allocate.
type modelBytes struct {
	b   []byte
	off int
	err error
}

func (d *modelBytes) fail(err error) {
	if d.err == nil {
		d.err = err
	}
}

func (d *modelBytes) left() int { return len(d.b) - d.off }

// bytes returns the next n bytes, in place; nil after an error.
func (d *modelBytes) bytes(n int) []byte {
	if d.err != nil {
		return nil
	}
	if n < 0 || n > d.left() {
		d.fail(fmt.Errorf("%w: %d bytes declared, %d left", ErrTruncated, n, d.left()))
		return nil
	}
	b := d.b[d.off : d.off+n : d.off+n]
	d.off += n
	return b
}

func (d *modelBytes) u() uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.b[d.off:])
	if n <= 0 {
		d.fail(fmt.Errorf("%w: bad varint", ErrTruncated))
		return 0
	}
	d.off += n
	return v
}

// maxStringBytes bounds a string in a model file (the provenance is the
// longest, a few kilobytes).
const maxStringBytes = 1 << 16

func (d *modelBytes) s() string {
	n := d.u()
	if n > maxStringBytes {
		d.fail(fmt.Errorf("%w: string of %d bytes", ErrTruncated, n))
		return ""
	}
	return string(d.bytes(int(n)))
}

func (d *modelBytes) f() float32 {
	b := d.bytes(4)
	if b == nil {
		return 0
	}
	return math.Float32frombits(binary.LittleEndian.Uint32(b))
}

// maxTableSize bounds a table's entry count, and maxBucketBits its index.
const (
	maxTableSize  = 1 << 26
	maxBucketBits = 26
)

// readTable reads a table of version 5 and later, in place where it can (see
// tableFromBytes).
func readTable[V tableValue](d *modelBytes, what string) frozenTable[V] {
	n, b, size := d.u(), d.u(), d.u()
	if d.err != nil {
		return frozenTable[V]{}
	}
	if n > maxTableSize || b < 1 || b > maxBucketBits || size != uint64(entrySize[V]()) {
		d.fail(fmt.Errorf("%w: %s of %d entries in 2^%d buckets, %d bytes each", ErrTruncated, what, n, b, size))
		return frozenTable[V]{}
	}
	d.bytes(padding(d.off, 4))
	start := d.bytes(4 * (1<<b + 1))
	d.bytes(padding(d.off, int(size)))
	recs := d.bytes(int(n) * int(size))
	if d.err != nil {
		return frozenTable[V]{}
	}
	return tableFromBytes[V](uint(64-b), int(n), start, recs)
}

// readLexTable reads the lexicon of version 9 and later, in place where it
// can (see lexEntriesFromBytes). Slots out of order are only not found.
func readLexTable(d *modelBytes) lexTable {
	n, homes, slots, prior, classes := d.u(), d.u(), d.u(), d.u(), d.u()
	if d.err != nil {
		return lexTable{}
	}
	if n > maxTableSize || homes > 2*maxTableSize || slots > 2*maxTableSize || prior > n || classes > 0xffff>>3 {
		d.fail(fmt.Errorf("%w: lexicon of %d entries, %d homes, %d slots, %d with a prior, classes %#x",
			ErrTruncated, n, homes, slots, prior, classes))
		return lexTable{}
	}
	d.bytes(padding(d.off, 8))
	recs := d.bytes(8 * int(slots))
	if d.err != nil {
		return lexTable{}
	}
	return lexTable{slots: lexEntriesFromBytes(int(slots), recs), homes: homes, n: int(n),
		priorWords: int(prior), classes: int(classes)}
}

// readLexTableV7 reads the lexicon of versions 7 and 8 (an index of
// bucket starts, then the entries) and lays its entries out anew.
func readLexTableV7(d *modelBytes) lexTable {
	n, b, prior, classes := d.u(), d.u(), d.u(), d.u()
	if d.err != nil {
		return lexTable{}
	}
	if n > maxTableSize || b < 1 || b > maxBucketBits || prior > n || classes > 0xffff>>3 {
		d.fail(fmt.Errorf("%w: lexicon of %d entries in 2^%d buckets, %d with a prior, classes %#x", ErrTruncated, n, b, prior, classes))
		return lexTable{}
	}
	d.bytes(padding(d.off, 4))
	d.bytes(4 * (1<<b + 1))
	d.bytes(padding(d.off, 8))
	recs := d.bytes(8 * int(n))
	if d.err != nil {
		return lexTable{}
	}
	return lexTableOf(lexEntriesFromBytes(int(n), recs))
}

// readOldTable reads a table of versions 3 and 4 (n, n keys, n values) and
// rebuilds it, checking that its keys ascend.
func readOldTable[V tableValue](d *modelBytes, what string) frozenTable[V] {
	n := d.u()
	if d.err == nil && n > maxTableSize {
		d.fail(fmt.Errorf("%w: %s of %d entries", ErrTruncated, what, n))
	}
	width := valueSize[V]()
	raw := d.bytes(int(n) * (8 + width))
	if d.err != nil {
		return frozenTable[V]{}
	}
	entries := make([]tableEntry[V], n)
	vals := raw[8*n:]
	for i := range entries {
		entries[i] = tableEntry[V]{binary.LittleEndian.Uint64(raw[8*i:]), decodeValue[V](vals[width*i:])}
		if i > 0 && entries[i].key <= entries[i-1].key {
			d.fail(fmt.Errorf("%w: %s keys out of order", ErrTruncated, what))
			return frozenTable[V]{}
		}
	}
	return newFrozenTable(entries)
}

// readWeightTable reads the weight table of version 6 and later, in place
// where it can (see entriesFromBytes and tagsFromBytes); a version before
// 8 has no tags, which are then made of the slots. Any slots, tags and
// bucket count make a table whose look-ups stay inside it; misplaced keys,
// or keys with another tag, only go unfound.
func readWeightTable(d *modelBytes, version byte) weightTable {
	n, nb := d.u(), d.u()
	if d.err != nil {
		return weightTable{}
	}
	d.bytes(padding(d.off, 64))
	size := entrySize[rowWeights]()
	if version >= 8 {
		size++ // and a tag
	}
	if d.err == nil && (nb < 1 || nb > uint64(d.left()/(2*size)) || n > 2*nb) {
		d.fail(fmt.Errorf("%w: weight table of %d keys in %d buckets, %d bytes left", ErrTruncated, n, nb, d.left()))
	}
	recs := d.bytes(2 * int(nb) * entrySize[rowWeights]())
	if d.err != nil {
		return weightTable{}
	}
	t := weightTable{slots: entriesFromBytes[rowWeights](2*int(nb), recs), n: int(n)}
	if version >= 8 {
		t.tags = tagsFromBytes(d.bytes(2 * int(nb)))
	} else {
		t.tags = tagsOf(t.slots)
	}
	return t
}

// oldWeightTable places the weights of a model file before version 6,
// read as a frozenTable, in a weightTable.
func oldWeightTable(d *modelBytes, old frozenTable[rowWeights]) weightTable {
	if d.err != nil {
		return weightTable{}
	}
	t, err := newWeightTable(old.entries)
	if err != nil {
		d.fail(fmt.Errorf("%w: weight table: %w", ErrTruncated, err))
	}
	return t
}
