package ner

// keyFilter tells, for a key, that the weight table does not hold it or
// that it may: a Bloom filter of the table's keys, two bits a key in one
// 64-bit word. With 2^21 bits (256 KB, which the CPU's second-level cache
// holds) and the Turkish model's 218,334 keys, 3.9% of absent keys pass.
//
// It is for the features of sparsePart and the words' rows as neighbours
// (placeNeighbours), which a model mostly lacks: on Turkish news it
// holds 1,337 of 15,586 bigrams (the two keys a token that took 13% of
// decoding's time), 2,340 of 4,824 triples of coarse clusters, 516 of
// 1,325 run heads with their place, 172 of 1,247 pairs of verb and next
// word, and 56% of words as a neighbour. An absent key costs reading both
// of its buckets in a table much larger than the CPU caches. The other
// features' keys are mostly held (96% and more but for the verb, 73%), so
// that the filter would only add a read before theirs.
type keyFilter struct {
	words [keyFilterWords]uint64
}

const keyFilterWords = 1 << 15

// filterAfter is the number of tokens a model tags before it builds its
// filter and dense rows (warmTables): building the filter reads the whole
// table (about 2 ms for Turkish), which a program tagging a sentence or
// two should not pay for, nor touch the table's every page.
const filterAfter = 20000

func newKeyFilter(t *weightTable) *keyFilter {
	f := new(keyFilter)
	for i := range t.slots {
		if k := t.slots[i].key; k != 0 {
			w, m := filterBits(k)
			f.words[w] |= m
		}
	}
	return f
}

// filterBits returns the word of key's bits and the two bits. A key is
// a mixed hash (feat): its low bits are as good as any.
func filterBits(key uint64) (int, uint64) {
	return int(key % keyFilterWords), 1<<(key>>15&63) | 1<<(key>>21&63)
}

// mayHold reports whether t may hold key: false means it does not.
func (f *keyFilter) mayHold(key uint64) bool {
	w, m := filterBits(key)
	return f.words[w]&m == m
}

// warmTables are what a model builds once it has tagged filterAfter
// tokens: its key filter and dense rows.
type warmTables struct {
	filter *keyFilter
	dense  *denseRows
}

// warmed returns m's warm tables, nil before it has tagged filterAfter
// tokens, counting n more; the call that crosses the mark builds them.
func (m *Model) warmed(n int) *warmTables {
	if w := m.warm.Load(); w != nil {
		return w
	}
	if after := m.tagged.Add(int64(n)); after >= filterAfter && after-int64(n) < filterAfter {
		m.warm.Store(&warmTables{filter: newKeyFilter(&m.table), dense: newDenseRows(&m.table, &m.fs)})
	}
	return nil
}
