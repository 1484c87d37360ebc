package ner

import (
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// neighbourSums are the sums of a word's rows as each neighbour of a
// token, by neighbourTemplates's index: a word's are the same wherever it
// stands.
type neighbourSums [len(neighbourTemplates)][numLabels]int32

// score computes the emission scores of toks into b.sums, using w's filter
// and dense rows when w is not nil. A token's score is the sum of the rows
// of its features: integers, whose sum does not depend on the order of the
// terms. It takes them as the sums that cache entries hold of a word's own
// features and of a word's as a neighbour (ownParts, placeNeighbours), the
// dense rows, and the rows of the other features' keys (appendContexts),
// which it looks up for the whole sentence together.
func (m *Model) score(toks []lang.Token, l lang.Language, matches []gazetteer.Match, b *tagBuffers, w *warmTables) {
	b.gaz = matches
	if b.words == nil {
		b.words = new(wordCache)
	}
	m.fs.fillAttrsCached(toks, l, matches, b.attrs, b.words, b.ents)
	var f *keyFilter
	if w != nil {
		f = w.filter
	}
	b.placeNeighbours(&m.table, f)
	// In locals: through b, each was stored or loaded again around every
	// call, which might have changed b.
	attrs, ents, near, sums, feats := b.attrs, b.ents, b.near, b.sums, b.feats[:0]
	for i := range toks {
		own := plainSums(ents[i], &attrs[i])
		if own == nil {
			own, feats = ownParts(&m.table, attrs, ents, i, feats, &b.uncached)
		}
		// own plus the sums of the token's neighbours as such (near holds
		// those of the tokens from two before it to two after it), by
		// neighbourTemplates's order: -1, +1, -2, +2. Written out, as
		// addRow: as loops, the counters and tests cost as much as the
		// sums; and here, not in a function: its call took a tenth.
		sc, nb := &sums[i], near[i:i+5]
		m1, p1, m2, p2 := &nb[1][0], &nb[3][1], &nb[0][2], &nb[4][3]
		sc[0] = own[0] + m1[0] + p1[0] + m2[0] + p2[0]
		sc[1] = own[1] + m1[1] + p1[1] + m2[1] + p2[1]
		sc[2] = own[2] + m1[2] + p1[2] + m2[2] + p2[2]
		sc[3] = own[3] + m1[3] + p1[3] + m2[3] + p2[3]
		sc[4] = own[4] + m1[4] + p1[4] + m2[4] + p2[4]
		sc[5] = own[5] + m1[5] + p1[5] + m2[5] + p2[5]
		sc[6] = own[6] + m1[6] + p1[6] + m2[6] + p2[6]
		sc[7] = own[7] + m1[7] + p1[7] + m2[7] + p2[7]
		sc[8] = own[8] + m1[8] + p1[8] + m2[8] + p2[8]
	}
	feats = appendContexts(w, attrs, b.held, feats, sums, b.ends)
	if w != nil {
		w.dense.addCues(&m.table, attrs, sums)
	}
	m.table.addRowsBy(feats, b.ends, sums)
	b.feats = feats
}

// plainSums returns the sums of the word-part and ownContextPart features
// of a token with entry e and attributes a, when e holds them: a token
// with no context bit set, whose word has been summed so (most tokens),
// and nil otherwise (ownParts). It is tested before ownParts, in line.
func plainSums(e *wordEntry, a *tokenAttrs) *[numLabels]int32 {
	if e != nil && e.flags&entryPlainSummed != 0 && !a.first && !a.nextSuffix && !a.lowerSentence {
		return &e.plainSums
	}
	return nil
}

// ownParts returns the sums of token i's word-part and ownContextPart
// features, which its cache entry holds (ents[i]; summed on the entry's
// first use). The ownContextPart features read the word and the token's
// context bits (first, nextSuffix, lowerSentence) alone: an entry holds
// their sums with no bit set (plainSums, which plainSums returns without
// this call: most tokens) and with the bits of the word's last token that
// had some (ctxSums: a word that opens sentences, or takes an apostrophe
// suffix, mostly does so again; each such token looked its own context
// keys up, a fifth of the keys of Turkish news). The sums of a word the
// cache does not hold (one too long for it, or evicted by a later word of
// the sentence: few) are summed into uncached. buf is scratch: ownParts
// returns it as it was.
func ownParts(t *weightTable, attrs []tokenAttrs, ents []*wordEntry, i int, buf []uint64, uncached *[numLabels]int32) (*[numLabels]int32, []uint64) {
	e, a := ents[i], &attrs[i]
	n := len(buf)
	if e == nil {
		buf = appendFeatures(attrs, i, buf, wordPart|ownContextPart)
		*uncached = [numLabels]int32{}
		t.sumRows(buf[n:], uncached)
		return uncached, buf[:n]
	}
	bits := uint8(contextBits(a) >> 8)
	if bits != 0 && e.ctxBits == bits {
		return &e.ctxSums, buf
	}
	if e.flags&entrySummed == 0 {
		buf = appendFeatures(attrs, i, buf, wordPart)
		t.sumRows(buf[n:], &e.sums)
		buf, e.flags = buf[:n], e.flags|entrySummed
	}
	dst := &e.plainSums
	if bits != 0 {
		dst, e.ctxBits = &e.ctxSums, bits
	} else {
		e.flags |= entryPlainSummed
	}
	buf = appendFeatures(attrs, i, buf, ownContextPart)
	*dst = e.sums
	t.sumRows(buf[n:], dst)
	return dst, buf[:n]
}

// placeNeighbours sets b.near[j+2] to the neighbour sums of token j, for j
// from -2 to len(b.ents)+1 (b.edges's before and after the sentence):
// those of its word's cache entry, summed on the entry's first use, or of
// a spare slot, summed afresh, for a word the cache does not hold. The
// sums of all the sentence's words are looked up together: these are the
// features whose lookups missed the CPU caches most. Keys that f (if not
// nil) tells the table lacks are left out: their rows are zero.
func (b *tagBuffers) placeNeighbours(t *weightTable, f *keyFilter) {
	n := len(b.ents)
	near := b.near[:n+4]
	near[0], near[1], near[n+2], near[n+3] = &b.edges[0], &b.edges[0], &b.edges[1], &b.edges[1]
	keys, dst := b.feats[:0], b.rowDst[:0]
	for j, e := range b.ents {
		var s *neighbourSums
		switch {
		case e == nil:
			s = &b.spare[j]
			*s = neighbourSums{}
		case e.flags&entryNeighbourSummed != 0:
			near[j+2] = &e.asNeighbour
			continue
		default:
			s = &e.asNeighbour
			e.flags |= entryNeighbourSummed
		}
		near[j+2] = s
		keys, dst = appendNeighbourKeys(f, &b.attrs[j], s, keys, dst)
	}
	t.addRows(keys, dst)
	b.feats, b.rowDst = keys, dst
}

// appendNeighbourKeys appends to keys the keys of the features of a word
// with attributes a as each neighbour of a token (neighbourTemplates), but
// those that f (if not nil) tells the table lacks, and to dst the sums of
// s that each is for.
func appendNeighbourKeys(f *keyFilter, a *tokenAttrs, s *neighbourSums, keys []uint64, dst []*[numLabels]int32) ([]uint64, []*[numLabels]int32) {
	for r := range neighbourTemplates {
		n := &neighbourTemplates[r] // ranging over the array's values copied it at every call
		if k := feat(n.norm, a.norm); f == nil || f.mayHold(k) {
			keys, dst = append(keys, k), append(dst, &s[r])
		}
		if n.shape == 0 {
			continue
		}
		if k := feat(n.shape, a.shape); f == nil || f.mayHold(k) {
			keys, dst = append(keys, k), append(dst, &s[r])
		}
	}
	return keys, dst
}
