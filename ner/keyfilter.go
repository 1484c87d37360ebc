package ner

// keyFilter tells, for a key, that the weight table does not hold it or
// that it may: a Bloom filter of the table's keys, two bits a key in one
// 64-bit word. With 2^21 bits (256 KB, which the CPU's second-level cache
// holds) and the Turkish model's 218,334 keys, 3.9% of absent keys pass.
//
// It is for the features of sparsePart and the words' rows as neighbours
// (placeNeighbours), which a model mostly lacks: on Turkish news it
// holds 1,337 of 15,586 bigrams (the two keys a token that took 13% of
// decoding's time; the word-pair filter, warmTables.pairs, rules most out
// before their keys are mixed), 516 of 1,325 run heads with their place,
// 172 of 1,247 pairs of verb and next word, and 56% of words as a
// neighbour (the triples of coarse clusters, 2,340 of 4,824 held, are
// triRows's). An absent key costs reading both
// of its buckets in a table much larger than the CPU caches. The other
// features' keys are mostly held (96% and more but for the verb, 73%), so
// that the filter would only add a read before theirs.
type keyFilter struct {
	words [keyFilterWords]uint64
}

const keyFilterWords = 1 << 15

// filterAfter is the number of tokens a model tags before it builds its
// filters and dense rows (warmTables): building them reads the whole
// table, each key backwards too (25M instructions for Turkish, about 8
// ms), which a program tagging a sentence or two should not pay for, nor
// touch the table's every page.
const filterAfter = 20000

// add adds key to f.
func (f *keyFilter) add(key uint64) {
	w, m := filterBits(key)
	f.words[w] |= m
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
// tokens: its key filter, word-pair filter, dense rows and rows of
// cluster triples.
type warmTables struct {
	filter *keyFilter
	// pairs holds the word pairs that the table's word-pair keys may be
	// of: the value x = normMix ^ norm that a pair's two keys share,
	// featMixed(tBigramL, ...) for the second word's and
	// featMixed(tBigramR, ...) for the first's. Every key of the table is
	// read as a key of each template (keyValues), which puts the pairs of
	// the table's word-pair keys in the filter, and one value for each of
	// its other keys. A token tests its two pairs here, with an XOR,
	// before it mixes their keys and tests them in the key filter: most
	// pairs' keys are not in the table, and the filter rules out 82% of
	// the pairs of Turkish news (the key filter 90%, of keys mixed).
	pairs *keyFilter
	dense *denseRows
	tri   *triRows
}

// newWarmTables builds the warm tables of a model with weights t and
// features fs: the dense rows, and the others in one pass over the
// table's keys, each read backwards (keyValues) as a key of a word pair
// and of a triple of clusters.
func newWarmTables(t *weightTable, fs *featureSet) *warmTables {
	w := &warmTables{filter: new(keyFilter), pairs: new(keyFilter), dense: newDenseRows(t, fs), tri: newTriRows(fs)}
	cl, cr, ct := featValue(tBigramL, 0), featValue(tBigramR, 0), featValue(tCluTri, 0)
	for i := range t.slots {
		e := &t.slots[i]
		if e.key == 0 {
			continue
		}
		w.filter.add(e.key)
		// The values of the key's features: u XOR the template's part
		// (featValue), and for key 1 the template's part alone too.
		u, one := keyValues(e.key)
		w.pairs.add(u ^ cl)
		w.pairs.add(u ^ cr)
		if v := u ^ ct; v>>48 == 0 { // a triple's parts take 48 bits: most keys' values do not fit
			w.tri.note(v, &e.val)
		}
		if one {
			w.pairs.add(cl)
			w.pairs.add(cr)
			w.tri.note(ct, &e.val)
		}
	}
	w.tri.finish()
	return w
}

// mayHoldPair reports whether the table may hold a word-pair key of the
// pair with value x (warmTables.pairs), which a mixed hash (normMix) XOR
// another makes as random in its bits as a key, so that the filter takes
// it as one; with w nil, true.
func (w *warmTables) mayHoldPair(x uint64) bool {
	return w == nil || w.pairs.mayHold(x)
}

// warmed returns m's warm tables, nil before it has tagged filterAfter
// tokens, counting n more; the call that crosses the mark builds them.
func (m *Model) warmed(n int) *warmTables {
	if w := m.warm.Load(); w != nil {
		return w
	}
	if after := m.tagged.Add(int64(n)); after >= filterAfter && after-int64(n) < filterAfter {
		m.warm.Store(newWarmTables(&m.table, &m.fs))
	}
	return nil
}
