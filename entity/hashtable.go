package entity

import (
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
	keys  []uint64 // ascending, unique
	vals  []V
	shift uint     // a key's bucket is key >> shift
	start []uint32 // start[b] is the index of the first key of bucket b or later; len buckets+1
}

// keysPerBucket is the mean bucket size the index aims at.
const keysPerBucket = 4

// newFrozenTable indexes keys (ascending, unique) and their values.
func newFrozenTable[V any](keys []uint64, vals []V) frozenTable[V] {
	b := max(bits.Len(uint(len(keys)/keysPerBucket)), 1)
	t := frozenTable[V]{keys: keys, vals: vals, shift: uint(64 - b), start: make([]uint32, 1<<b+1)}
	k := 0
	for bucket := range t.start {
		for k < len(keys) && keys[k]>>t.shift < uint64(bucket) {
			k++
		}
		t.start[bucket] = uint32(k)
	}
	return t
}

// freeze makes a frozenTable of a map.
func freeze[V any](m map[uint64]V) frozenTable[V] {
	keys := make([]uint64, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	vals := make([]V, len(keys))
	for i, k := range keys {
		vals[i] = m[k]
	}
	return newFrozenTable(keys, vals)
}

// get returns the value of key and whether it is present.
func (t *frozenTable[V]) get(key uint64) (v V, ok bool) {
	if len(t.keys) == 0 {
		return v, false
	}
	b := key >> t.shift
	for i, end := t.start[b], t.start[b+1]; i < end; i++ {
		if k := t.keys[i]; k >= key {
			if k == key {
				return t.vals[i], true
			}
			break
		}
	}
	return v, false
}

// lookupWord returns the value of a folded word, or the zero value.
func (t *frozenTable[V]) lookupWord(norm string) V {
	v, _ := t.get(hashString(norm))
	return v
}

// weightTable maps feature hashes to their weight rows.
type weightTable struct{ frozenTable[rowWeights] }

// addTo adds the weights of key, if present, to scores.
func (t *weightTable) addTo(key uint64, scores *[numLabels]int32) {
	if w, ok := t.get(key); ok {
		for y := range numLabels {
			scores[y] += int32(w[y])
		}
	}
}
