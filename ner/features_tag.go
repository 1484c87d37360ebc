package ner

// The parts of a token's features that the tagger asks for at every
// token, made here directly: appendFeatures, which training calls with
// every part at once, tests for each template whether its part was asked
// for, and cost more in those tests and the registers they held than in
// the templates themselves. appendContexts makes the keys appendFeatures
// makes for the context and sparse parts (TestTagParts checks it on every
// token of the news test documents with each shipped model), in another
// order: the weights are integers, whose sum does not depend on the order
// of the terms.

// appendContexts appends to buf the keys of the contextPart and
// sparsePart features of the tokens of a sentence with attributes attrs,
// token i's up to ends[i], but for those whose rows w's dense rows hold,
// which it adds to sums[i] (but the cues', which the caller adds:
// denseRows.addCues), and the sparse keys that w's filters tell the table
// lacks (their rows are zero); with w nil, all of them. It makes them for
// the whole sentence in one loop: called for each token, its prologue, and
// the loads of w's tables, cost a tenth of its instructions. held is
// scratch, len(attrs)+1 long (pairsHeld).
func appendContexts(w *warmTables, attrs []tokenAttrs, held []bool, buf []uint64, sums [][numLabels]int32, ends []int) []uint64 {
	var f *keyFilter
	var d *denseRows
	var tri *triRows
	if w != nil {
		f, d, tri = w.filter, w.dense, w.tri
	}
	pairsHeld(w, attrs, held)
	for i := range attrs {
		a, sc := &attrs[i], &sums[i]
		m2, m1, p1, p2 := around(attrs, i)
		cls := uint64(a.cls)
		if d != nil {
			// The rows of the classes around the token and of the lexicon
			// classes and clusters of the words next to it, which d holds.
			// Here, not in a method of d: its call took the token's values
			// out of the registers.
			lower := 0
			if a.lowerSentence {
				lower = 1
			}
			c := int(cls)
			addRow(sc, &d.clsTri[lower][m1.cls][c][p1.cls])
			if m1.lex&^capMask != 0 {
				addRow(sc, &d.lex[0][c*d.nLex+lexClasses(m1.lex)])
			}
			if p1.lex&^capMask != 0 {
				addRow(sc, &d.lex[1][c*d.nLex+lexClasses(p1.lex)])
			}
			if m1.clu != 0 {
				addRow(sc, &d.clu[0][c*d.nFine+int(m1.clu&0xffff)])
			}
			if p1.clu != 0 {
				addRow(sc, &d.clu[1][c*d.nFine+int(p1.clu&0xffff)])
			}
		} else {
			var lower uint64
			if a.lowerSentence {
				lower = 1
			}
			buf = append(buf, feat(tClsTri, uint64(m1.cls)|cls<<8|uint64(p1.cls)<<16|lower<<24))
			if l := m1.lex &^ capMask; l != 0 {
				buf = append(buf, feat(tLexM1, uint64(l)|cls<<16))
			}
			if l := p1.lex &^ capMask; l != 0 {
				buf = append(buf, feat(tLexP1, uint64(l)|cls<<16))
			}
			if m1.clu != 0 {
				buf = append(buf, feat(tCluM1, uint64(m1.clu&0xffff)|cls<<16))
			}
			if p1.clu != 0 {
				buf = append(buf, feat(tCluP1, uint64(p1.clu&0xffff)|cls<<16))
			}
		}
		if a.nextSuffix {
			buf = append(buf, featMixed(tApos, p1.normMix, cls))
		}
		if a.verb != 0 {
			buf = append(buf, feat(tVerb, a.verb))
			buf = appendHeld(f, buf, feat2(tVerbNext, a.verb, p1.norm))
		}
		if a.gaz[0]|a.gaz[1]|a.gaz[2]|m1.gaz[0]|p1.gaz[0] != 0 {
			buf = appendGaz(buf, a, m1, p1, contextBits(a))
		}
		if a.run != 0 {
			if d != nil {
				d.addRun(a, sc)
			} else {
				buf = append(buf, feat(tRun, a.run|contextBits(a)<<16))
			}
			buf = appendHeld(f, buf, featMixed(tRunHead, a.runHead, a.run&15))
		}
		// The cues: most words have none. With dense rows, the caller adds
		// their rows for the whole sentence, from the words that have one
		// (denseRows.addCues).
		if d == nil {
			buf = appendCue(buf, m2.trig, 0, cls)
			buf = appendCue(buf, m1.trig, 1, cls)
			buf = appendCue(buf, p1.trig, 3, cls)
			buf = appendCue(buf, p2.trig, 4, cls)
			if i+3 < len(attrs) {
				buf = appendCue(buf, attrs[i+3].trig, 5, cls)
			}
		}
		if held[i] {
			buf = appendHeld(f, buf, featMixed(tBigramL, m1.normMix, a.norm))
		}
		if held[i+1] {
			buf = appendHeld(f, buf, featMixed(tBigramR, a.normMix, p1.norm))
		}
		if a.clu != 0 {
			if tri != nil {
				if row := tri.row(m1, a, p1); row != nil {
					addRow(sc, row)
				}
			} else {
				buf = append(buf, feat(tCluTri, uint64(m1.clu>>16)|uint64(a.clu>>16)<<16|uint64(p1.clu>>16)<<32))
			}
		}
		ends[i] = len(buf)
	}
	return buf
}

// pairsHeld sets held[i] to whether w's pair filter may hold the pair of
// token i-1 and token i, for i from 0 to len(attrs) (the sentence's start
// and end markers before and after its tokens): true for every pair with
// w nil (mayHoldPair). A token's two pairs were tested in appendContexts's
// loop, where the filter's misses (256 KB, mostly out of the CPU's first
// two cache levels on a long text) stalled each token's work; in a loop
// of their own they overlap. On 1.5 MB of Turkish news as new text (a
// fresh model for each pass, the two ways alternated every 16 sentences
// in one process, thread CPU time, medians of 16 paired passes, two runs)
// tagging took 1.9-2.5% less time.
func pairsHeld(w *warmTables, attrs []tokenAttrs, held []bool) {
	held = held[:len(attrs)+1]
	prev := bosAttrs.normMix
	for i := range attrs {
		held[i] = w.mayHoldPair(prev ^ attrs[i].norm)
		prev = attrs[i].normMix
	}
	held[len(attrs)] = w.mayHoldPair(prev ^ eosAttrs.norm)
}

// appendHeld appends key to buf unless f (when not nil) tells that the
// table lacks it.
func appendHeld(f *keyFilter, buf []uint64, key uint64) []uint64 {
	if f == nil || f.mayHold(key) {
		buf = append(buf, key)
	}
	return buf
}
