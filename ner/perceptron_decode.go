package ner

import "math/bits"

// lookupBatch bounds the keys sumRows looks up together, so that their
// positions stay on the stack; a longer list is looked up in batches.
const lookupBatch = 64

// zeroRow is the row sumRows adds for an absent key.
var zeroRow rowWeights

// sumRows is written for numLabels == 9: this fails to compile otherwise.
var _ = [1]struct{}{}[numLabels-9]

// sumRows adds to sc the weight rows of the keys present in t.
//
// Decoding spent most of its time here, looking up features one after the
// other, each waiting for a bucket start and then for an entry of a table
// much larger than the CPU caches, and the scan of one bucket's
// unpredictable length kept the CPU from starting on the next. sumRows
// instead looks up a batch of keys together (locate), so that their cache
// misses overlap. A hit and a miss add the same way (a miss adds zeroRow),
// and the additions are unrolled: in measurements this straight-line code
// beat a branch around a loop.
func (t *weightTable) sumRows(keys []uint64, sc *[numLabels]int32) {
	var pos [lookupBatch]uint32
	for len(keys) > 0 {
		batch := keys[:min(len(keys), lookupBatch)]
		keys = keys[len(batch):]
		t.locate(batch, &pos)
		for k := range batch {
			row := t.row(batch[k], pos[k])
			sc[0] += int32(row[0])
			sc[1] += int32(row[1])
			sc[2] += int32(row[2])
			sc[3] += int32(row[3])
			sc[4] += int32(row[4])
			sc[5] += int32(row[5])
			sc[6] += int32(row[6])
			sc[7] += int32(row[7])
			sc[8] += int32(row[8])
		}
	}
}

// fillRows sets *dst[k] to the weight row of keys[k] (zero when absent),
// looking the keys up together as sumRows does.
func (t *weightTable) fillRows(keys []uint64, dst []*rowWeights) {
	var pos [lookupBatch]uint32
	for len(keys) > 0 {
		batch := keys[:min(len(keys), lookupBatch)]
		keys = keys[len(batch):]
		t.locate(batch, &pos)
		for k := range batch {
			*dst[k] = *t.row(batch[k], pos[k])
		}
		dst = dst[len(batch):]
	}
}

// locate sets pos[k] to the index of the first entry whose key is not
// below batch[k] (len(t.entries) when none is): first the bucket starts of
// all the keys, then, keysPerBucket times, one step over the next entry
// of each key's bucket when it is below the key, without a branch on what
// it reads; only then are the rare longer buckets scanned.
//
// The steps read the entries of all the keys together, so that their
// cache misses overlap, and do not branch: a key's place in its bucket is
// random, and a scan's loop from the first step on, its exit mispredicted
// about once a key, took more time than the steps' reads of the entries
// past the key's.
func (t *weightTable) locate(batch []uint64, pos *[lookupBatch]uint32) {
	n := uint32(len(t.entries))
	if n == 0 {
		for k := range batch {
			pos[k] = 0
		}
		return
	}
	for k, key := range batch {
		pos[k] = t.start[key>>t.shift]
	}
	for range keysPerBucket {
		for k, key := range batch {
			// Keys ascend across buckets: past an entry below key is
			// where key's lower bound lies. The borrow of entry - key
			// says "below" without a branch.
			i := min(pos[k], n-1)
			_, below := bits.Sub64(t.entries[i].key, key, 0)
			pos[k] = i + uint32(below)
		}
	}
	for k, key := range batch {
		i := pos[k]
		for i < n && t.entries[i].key < key {
			i++
		}
		pos[k] = i
	}
}

// row returns the row of key, which locate placed at i: zeroRow when the
// key is absent.
func (t *weightTable) row(key uint64, i uint32) *rowWeights {
	if int(i) < len(t.entries) && t.entries[i].key == key {
		return &t.entries[i].val
	}
	return &zeroRow
}
