package ner

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

// addRows adds to *dst[k] the weight row of keys[k] (nothing when
// absent), looking the keys up together as sumRows does.
func (t *weightTable) addRows(keys []uint64, dst []*[numLabels]int32) {
	var pos [lookupBatch]uint32
	for len(keys) > 0 {
		batch := keys[:min(len(keys), lookupBatch)]
		keys = keys[len(batch):]
		t.locate(batch, &pos)
		for k := range batch {
			row, sum := t.row(batch[k], pos[k]), dst[k]
			for y := range sum {
				sum[y] += int32(row[y])
			}
		}
		dst = dst[len(batch):]
	}
}

// addRowsBy adds the row of each key to its token's sum, looking the keys
// up together as sumRows does: keys[ends[i-1]:ends[i]] (from 0 for i =
// 0) are token i's, whose sum is sums[i].
func (t *weightTable) addRowsBy(keys []uint64, ends []int, sums [][numLabels]int32) {
	var pos [lookupBatch]uint32
	i := 0
	for start := 0; start < len(keys); start += lookupBatch {
		batch := keys[start:min(start+lookupBatch, len(keys))]
		t.locate(batch, &pos)
		for k := range batch {
			for ends[i] <= start+k {
				i++
			}
			row, sc := t.row(batch[k], pos[k]), &sums[i]
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

// locate sets pos[k] to the slot of batch[k] in t, or to another slot of
// its buckets when t does not hold it (row tells them apart). It reads
// both buckets of every key before it needs any of them, so that their
// cache misses overlap, and picks the slot with conditional moves rather
// than branches: which slot holds a key is random, and a branch on it
// mispredicted often enough to cost more than the reads it saved.
func (t *weightTable) locate(batch []uint64, pos *[lookupBatch]uint32) {
	slots := t.slots
	nb := uint64(len(slots) / 2)
	for k, key := range batch {
		b1, b2 := buckets(key, nb)
		s1, s2 := 2*b1, 2*b2
		s := s2
		if slots[s1].key == key {
			s = s1
		}
		if slots[s1+1].key == key {
			s = s1 + 1
		}
		if slots[s2+1].key == key {
			s = s2 + 1
		}
		pos[k] = uint32(s)
	}
}

// row returns the row of key, which locate placed at slot i: zeroRow when
// the key is absent.
func (t *weightTable) row(key uint64, i uint32) *rowWeights {
	if e := &t.slots[i]; e.key == key {
		return &e.val
	}
	return &zeroRow
}
