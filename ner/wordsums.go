package ner

// wordCacheSize is the number of words whose summed word-part weights a
// tagging buffer keeps: news repeats its function words and names, so
// most tokens of an article find their word here.
const wordCacheSize = 4096

// wordSums caches, per buffer (one goroutine at a time), the sum of the
// weight rows of a word's word-part features (appendFeatures with
// wordPart), keyed by a hash of every attribute those features read. It
// is direct-mapped: a word evicts the one at its slot. Sums are integers,
// so a cached sum adds exactly what looking the rows up again would.
type wordSums struct {
	keys [wordCacheSize]uint64 // 0: empty
	sums [wordCacheSize][numLabels]int32
}

// wordKey hashes the attributes the word part of token a's features reads.
// It is never 0.
func wordKey(a *tokenAttrs) uint64 {
	h := mix64(a.norm ^ 0x9e3779b97f4a7c15)
	for _, v := range [...]uint64{a.shape, uint64(a.cls), a.stem, a.mcase, uint64(a.clu),
		a.pre[0], a.pre[1], a.pre[2], a.suf[0], a.suf[1], a.suf[2], a.suf[3]} {
		h = mix64(h ^ v)
	}
	return h | 1
}

// add adds to sc the word part of token i's weights: from the cache, or
// looked up in t and kept.
func (c *wordSums) add(t *weightTable, attrs []tokenAttrs, i int, buf []uint64, sc *[numLabels]int32) []uint64 {
	key := wordKey(&attrs[i])
	slot := key % wordCacheSize
	if c.keys[slot] != key {
		var ws [numLabels]int32
		buf = appendFeatures(attrs, i, buf[:0], wordPart)
		t.sumRows(buf, &ws)
		c.keys[slot], c.sums[slot] = key, ws
	}
	for y := range numLabels {
		sc[y] += c.sums[slot][y]
	}
	return buf
}
