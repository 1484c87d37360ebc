package ner

import (
	"encoding/binary"
	"unsafe"
)

// The model file stores a frozenTable as its in-memory arrays: the bucket
// starts as little-endian uint32s, then the entries as tableEntry lays
// them out (a little-endian key, the value, zero padding to the entry's
// size); and a weightTable as its slots, laid out as entries are, and its
// tags, a byte each. On a
// little-endian machine, with the bytes aligned, the file's bytes are the
// table: tableFromBytes and readWeightTable view them as its slices.

// entrySize returns the size of a table entry of values V: 16 or 32.
func entrySize[V tableValue]() int { return int(unsafe.Sizeof(tableEntry[V]{})) }

// littleEndian is whether this machine stores integers as the file does.
var littleEndian = binary.NativeEndian.Uint16([]byte{1, 0}) == 1

// appendTable appends t in the file layout: its entry count, bucket bits
// and entry size, then its bucket starts and entries, each array first
// aligned, counted from the start of b, to its element's size. A table
// never built (a model without a lexicon) is written empty.
func appendTable[V tableValue](b []byte, t *frozenTable[V]) []byte {
	if len(t.start) == 0 {
		empty := newFrozenTable[V](nil)
		t = &empty
	}
	b = binary.AppendUvarint(b, uint64(t.len()))
	b = binary.AppendUvarint(b, uint64(64-t.shift))
	b = binary.AppendUvarint(b, uint64(entrySize[V]()))
	b = append(b, make([]byte, padding(len(b), 4))...)
	for _, s := range t.start {
		b = binary.LittleEndian.AppendUint32(b, s)
	}
	b = append(b, make([]byte, padding(len(b), entrySize[V]()))...)
	return appendEntries(b, t.entries)
}

// appendWeightTable appends t in the file layout: its key count and bucket
// count, then, aligned to 64 bytes counted from the start of b (a cache
// line, when the file's bytes start on one), its slots, then its tags
// (withTags: version 8 and later).
func appendWeightTable(b []byte, t *weightTable, withTags bool) []byte {
	b = binary.AppendUvarint(b, uint64(t.n))
	b = binary.AppendUvarint(b, uint64(len(t.slots)/2))
	b = append(b, make([]byte, padding(len(b), 64))...)
	b = appendEntries(b, t.slots)
	if withTags {
		for _, g := range t.tags {
			b = append(b, g[0], g[1])
		}
	}
	return b
}

// tagsFromBytes returns a weight table's tags, which are their bytes,
// bucket by bucket.
func tagsFromBytes(b []byte) [][2]uint8 {
	return unsafe.Slice((*[2]uint8)(unsafe.Pointer(unsafe.SliceData(b))), len(b)/2)
}

// appendEntries appends entries as tableEntry lays them out: a
// little-endian key, the value, zero padding to the entry's size.
func appendEntries[V tableValue](b []byte, entries []tableEntry[V]) []byte {
	size := entrySize[V]()
	var zeros [32]byte
	for _, e := range entries {
		at := len(b)
		b = binary.LittleEndian.AppendUint64(b, e.key)
		b = appendValue(b, e.val)
		b = append(b, zeros[:size-(len(b)-at)]...)
	}
	return b
}

// padding returns the zero bytes that bring offset to a multiple of align.
func padding(offset, align int) int { return (align - offset%align) % align }

func appendValue[V tableValue](b []byte, v V) []byte {
	switch v := any(v).(type) {
	case uint16:
		return binary.LittleEndian.AppendUint16(b, v)
	case uint32:
		return binary.LittleEndian.AppendUint32(b, v)
	case rowWeights:
		for _, w := range v {
			b = binary.LittleEndian.AppendUint16(b, uint16(w))
		}
	}
	return b
}

// decodeValue reads a value as appendValue writes it.
func decodeValue[V tableValue](b []byte) (v V) {
	switch p := any(&v).(type) {
	case *uint16:
		*p = binary.LittleEndian.Uint16(b)
	case *uint32:
		*p = binary.LittleEndian.Uint32(b)
	case *rowWeights:
		for y := range p {
			p[y] = int16(binary.LittleEndian.Uint16(b[2*y:]))
		}
	}
	return v
}

// valueSize returns the bytes appendValue writes for a V.
func valueSize[V tableValue]() int { var v V; return len(appendValue(nil, v)) }

// tableFromBytes makes a table of 2^bits+1 bucket starts and n entries
// from their bytes in the file layout (len(start) and len(recs) checked by
// the caller). On a little-endian machine, each array that is aligned is
// its bytes themselves, which must then stay unchanged; otherwise it is
// decoded into a new one.
func tableFromBytes[V tableValue](shift uint, n int, start, recs []byte) frozenTable[V] {
	t := frozenTable[V]{shift: shift}
	if n == 0 {
		t.start = make([]uint32, len(start)/4)
		return t
	}
	t.start = startsFromBytes(start)
	t.entries = entriesFromBytes[V](n, recs)
	return t
}

// startsFromBytes makes a table's bucket starts of their bytes: the bytes
// themselves on a little-endian machine with them aligned, otherwise a
// decoded copy.
func startsFromBytes(b []byte) []uint32 {
	if littleEndian && aligned(b, 4) {
		return unsafe.Slice((*uint32)(unsafe.Pointer(unsafe.SliceData(b))), len(b)/4)
	}
	start := make([]uint32, len(b)/4)
	for i := range start {
		start[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return start
}

// entriesFromBytes makes n entries of their bytes in the file layout
// (len(recs) checked by the caller): the bytes themselves, which must then
// stay unchanged, on a little-endian machine with recs aligned; otherwise
// a decoded copy.
func entriesFromBytes[V tableValue](n int, recs []byte) []tableEntry[V] {
	if littleEndian && aligned(recs, 8) {
		return unsafe.Slice((*tableEntry[V])(unsafe.Pointer(unsafe.SliceData(recs))), n)
	}
	size := entrySize[V]()
	entries := make([]tableEntry[V], n)
	for i := range entries {
		rec := recs[i*size:]
		entries[i] = tableEntry[V]{binary.LittleEndian.Uint64(rec), decodeValue[V](rec[8:])}
	}
	return entries
}

func aligned(b []byte, to uintptr) bool {
	return uintptr(unsafe.Pointer(unsafe.SliceData(b)))%to == 0
}

// appendLexTable appends t in the file layout of version 9: its entry
// count, home count, slot count, priorWords and classes, then its slots
// (little-endian uint64s), aligned, counted from the start of b, to 8
// bytes. A table never built (a model without a lexicon) is written empty.
func appendLexTable(b []byte, t *lexTable) []byte {
	b = binary.AppendUvarint(b, uint64(t.n))
	b = binary.AppendUvarint(b, t.homes)
	b = binary.AppendUvarint(b, uint64(len(t.slots)))
	b = binary.AppendUvarint(b, uint64(t.priorWords))
	b = binary.AppendUvarint(b, uint64(t.classes))
	b = append(b, make([]byte, padding(len(b), 8))...)
	for _, e := range t.slots {
		b = binary.LittleEndian.AppendUint64(b, e)
	}
	return b
}

// lexEntriesFromBytes makes n lexicon entries of their bytes (len(recs)
// checked by the caller), in place as entriesFromBytes does.
func lexEntriesFromBytes(n int, recs []byte) []uint64 {
	if littleEndian && aligned(recs, 8) {
		return unsafe.Slice((*uint64)(unsafe.Pointer(unsafe.SliceData(recs))), n)
	}
	entries := make([]uint64, n)
	for i := range entries {
		entries[i] = binary.LittleEndian.Uint64(recs[8*i:])
	}
	return entries
}
