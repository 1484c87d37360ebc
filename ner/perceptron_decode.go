package ner

// lookupBatch bounds the keys sumRows looks up together, so that their
// positions stay on the stack; a longer list is looked up in batches.
// 128 rather than 64: more of a sentence's slot reads (locate's second
// loop) overlap (compare -once on 1.5 MB of new Turkish text, CPU time,
// paired medians of 30-40 runs alternated with 64's build: 0.967-0.982
// in four sets; on NTREX Turkish x5 0.986 and 0.989).
const lookupBatch = 128

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
			row := t.row(pos[k])
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
			row, sum := t.row(pos[k]), dst[k]
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
			row, sc := t.row(pos[k]), &sums[i]
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

// locate sets pos[k] to the slot of batch[k] in t, or to len(t.slots)
// when t does not hold it (row tells them apart). It compares the tags of
// both buckets of every key, then reads the one slot whose tag is the
// key's to check the key, each in a loop of its own, so that the cache
// misses of the batch's reads overlap; and it picks the slot with
// conditional moves rather than branches: which slot holds a key is
// random, and a branch on it mispredicted often enough to cost more than
// the reads it saved. (In one loop, the compiler keeps the branches: it
// does not make a conditional move of an index that a read then takes.)
// A key whose tag another key of its buckets has (about 1%: tags are 8
// bits) may be found by find.
func (t *weightTable) locate(batch []uint64, pos *[lookupBatch]uint32) {
	slots, tags := t.slots, t.tags
	nb := uint64(len(tags))
	for k, key := range batch {
		b1, b2 := buckets(key, nb)
		g1, g2, g := &tags[b1], &tags[b2], keyTag(key)
		// s stays 0 when no tag is the key's: slot 0 then lacks the key
		// (it would have the key's tag), and the second loop's read of it
		// is of a line that stays in the cache.
		s1, s2, s := 2*b1, 2*b2, uint64(0)
		if g1[0] == g {
			s = s1
		}
		if g1[1] == g {
			s = s1 + 1
		}
		if g2[0] == g {
			s = s2
		}
		if g2[1] == g {
			s = s2 + 1
		}
		pos[k] = uint32(s)
	}
	absent := uint64(len(slots))
	for k, key := range batch {
		s := uint64(pos[k])
		d := slots[s].key ^ key
		if d != 0 {
			s = absent
		}
		// Another key with the key's tag (d nonzero, its tag bits zero):
		// the key may be in another slot whose tag is its own. A tag that
		// is not its slot key's (a corrupt file) only leaves a key unfound.
		if (d&tagMask == 0) != (d == 0) {
			s = t.find(key)
		}
		pos[k] = uint32(s)
	}
}

// find returns the slot of key, len(t.slots) when t does not hold it,
// reading its four slots.
func (t *weightTable) find(key uint64) uint64 {
	b1, b2 := buckets(key, uint64(len(t.tags)))
	for _, s := range [...]uint64{2 * b1, 2*b1 + 1, 2 * b2, 2*b2 + 1} {
		if t.slots[s].key == key {
			return s
		}
	}
	return uint64(len(t.slots))
}

// row returns the row of the key that locate placed at slot i: zeroRow
// when it is absent.
func (t *weightTable) row(i uint32) *rowWeights {
	if int(i) < len(t.slots) {
		return &t.slots[i].val
	}
	return &zeroRow
}
