package ner

import (
	"cmp"
	"math/bits"
	"slices"
)

// frozenTable is an immutable map from 64-bit hashes (of features or
// words) to values: the keys sorted, with an index of where each bucket of
// their top bits starts. A lookup reads one index entry and scans a
// bucket of about four keys; building one from sorted keys is a single
// pass, so a model loads by copying arrays rather than by hashing, which
// keeps start-up short.
type frozenTable[V any] struct {
	entries []tableEntry[V] // by ascending, unique key
	shift   uint            // a key's bucket is key >> shift
	start   []uint32        // start[b] is the index of the first key of bucket b or later; len buckets+1
}

// tableEntry keeps a key beside its value, so that a hit costs one cache
// miss rather than two.
type tableEntry[V any] struct {
	key uint64
	val V
}

// keysPerBucket is the mean bucket size the index aims at.
const keysPerBucket = 4

// newFrozenTable indexes entries, which must be sorted by ascending,
// unique key.
func newFrozenTable[V any](entries []tableEntry[V]) frozenTable[V] {
	b := max(bits.Len(uint(len(entries)/keysPerBucket)), 1)
	t := frozenTable[V]{entries: entries, shift: uint(64 - b), start: make([]uint32, 1<<b+1)}
	k := 0
	for bucket := range t.start {
		for k < len(entries) && entries[k].key>>t.shift < uint64(bucket) {
			k++
		}
		t.start[bucket] = uint32(k)
	}
	return t
}

// len returns the number of entries.
func (t *frozenTable[V]) len() int { return len(t.entries) }

// freeze makes a frozenTable of a map.
func freeze[V any](m map[uint64]V) frozenTable[V] {
	entries := make([]tableEntry[V], 0, len(m))
	for k, v := range m {
		entries = append(entries, tableEntry[V]{k, v})
	}
	slices.SortFunc(entries, func(a, b tableEntry[V]) int { return cmp.Compare(a.key, b.key) })
	return newFrozenTable(entries)
}

// get returns the value of key and whether it is present.
func (t *frozenTable[V]) get(key uint64) (v V, ok bool) {
	if len(t.entries) == 0 {
		return v, false
	}
	b := key >> t.shift
	for i, end := t.start[b], t.start[b+1]; i < end; i++ {
		if e := &t.entries[i]; e.key >= key {
			if e.key == key {
				return e.val, true
			}
			break
		}
	}
	return v, false
}

// weightTable maps feature hashes to their weight rows.
type weightTable struct{ frozenTable[rowWeights] }
