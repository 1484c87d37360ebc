package ner

import (
	"cmp"
	"math/bits"
	"slices"
)

// frozenTable is an immutable map from 64-bit hashes (of words) to
// values: the keys sorted, with an index of where each bucket of
// their top bits starts. A lookup reads one index entry and scans a
// bucket of about four keys.
//
// The model file stores both arrays in their in-memory layout, so that a
// model held in memory (embedded in the binary, or a file read whole) is
// used in place: loading views the bytes as these slices (see
// tableFromBytes), copying and rebuilding nothing.
type frozenTable[V tableValue] struct {
	entries []tableEntry[V] // by ascending, unique key
	shift   uint            // a key's bucket is key >> shift
	start   []uint32        // start[b] is the index of the first key of bucket b or later; len buckets+1
}

// tableValue lists the value types of a model's tables: lexicon classes,
// word clusters, and the weight rows of model files before version 6,
// which stored the weights in this layout too.
type tableValue interface{ uint16 | uint32 | rowWeights }

// tableEntry keeps a key beside its value, so that a hit costs one cache
// miss rather than two. Its size is a power of two (16 or 32 bytes), so an
// entry never straddles two cache lines in an array aligned to its size.
type tableEntry[V tableValue] struct {
	key uint64
	val V
}

// keysPerBucket is the mean bucket size the index aims at.
const keysPerBucket = 4

// bucketBits returns the number of top key bits that index n keys.
func bucketBits(n int) uint { return uint(max(bits.Len(uint(n/keysPerBucket)), 1)) }

// newFrozenTable indexes entries, which must be sorted by ascending,
// unique key.
func newFrozenTable[V tableValue](entries []tableEntry[V]) frozenTable[V] {
	b := bucketBits(len(entries))
	t := frozenTable[V]{entries: entries, shift: 64 - b}
	t.start = bucketStarts(1<<b, len(entries), func(i int) uint64 { return entries[i].key >> t.shift })
	return t
}

// bucketStarts returns the index of n sorted entries in buckets: the
// start of each bucket and, last, n; bucketOf(i) is entry i's bucket.
func bucketStarts(buckets, n int, bucketOf func(int) uint64) []uint32 {
	start := make([]uint32, buckets+1)
	k := 0
	for b := range start {
		for k < n && bucketOf(k) < uint64(b) {
			k++
		}
		start[b] = uint32(k)
	}
	return start
}

// len returns the number of entries.
func (t *frozenTable[V]) len() int { return len(t.entries) }

// freeze makes a frozenTable of a map.
func freeze[V tableValue](m map[uint64]V) frozenTable[V] {
	entries := make([]tableEntry[V], 0, len(m))
	for k, v := range m {
		entries = append(entries, tableEntry[V]{k, v})
	}
	slices.SortFunc(entries, func(a, b tableEntry[V]) int { return cmp.Compare(a.key, b.key) })
	return newFrozenTable(entries)
}

// get returns the value of key and whether it is present. Whatever the
// index holds (a table read from a corrupt file), it reads only entries
// that exist.
func (t *frozenTable[V]) get(key uint64) (v V, ok bool) {
	n := uint32(len(t.entries))
	if n == 0 {
		return v, false
	}
	b := key >> t.shift
	for i, end := t.start[b], min(t.start[b+1], n); i < end; i++ {
		if e := &t.entries[i]; e.key >= key {
			if e.key == key {
				return e.val, true
			}
			break
		}
	}
	return v, false
}

// first returns the key of the first entry of key's bucket, 0 when there
// is none: lexicalAttrs reads it ahead of get.
func (t *frozenTable[V]) first(key uint64) uint64 {
	if len(t.entries) == 0 {
		return 0
	}
	if i := t.start[key>>t.shift]; i < uint32(len(t.entries)) {
		return t.entries[i].key
	}
	return 0
}
