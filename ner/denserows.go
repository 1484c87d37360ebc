package ner

import (
	"math/bits"

	"github.com/varlik/varlik/lang"
)

// denseRows holds the weight rows of the context features whose keys
// combine only a few small values, in arrays indexed by those values: the
// coarse classes of a token and of the words next to it (tClsTri), the
// lexicon classes or the fine cluster of a word next to it with its own
// class (tLexM1, tLexP1, tCluM1, tCluP1), the cue of a word around it with
// its class (tTrig+k) and its place in a capitalized run with its context
// bits (tRun). Every token has the first and, in the news test documents,
// 2.2 of the lexicon and cluster rows on average in Turkish, 3.1 in
// English and 1.2 in Russian, and 0.28 to 0.31 of the cue and run rows; an
// index costs a few instructions where a key's hash and look-up in the
// weight table cost about 90.
type denseRows struct {
	clsTri [2][numCls][numCls][numCls]rowWeights // by lower-case sentence, the classes before, of and after the token
	// lex[s] and clu[s] are by the token's class, times nLex or nFine,
	// plus the lexicon classes (lexClasses) or the fine cluster of the
	// word before (s = 0) or after (s = 1) it; lex's rows of no class are
	// zero. By class first: most tokens are of two or three classes, whose
	// rows, side by side, the CPU's first-level cache keeps, where by
	// cluster first each cluster's rows of those classes lay on a line of
	// their own.
	lex, clu    [2][]rowWeights
	nLex, nFine int
	// cue[k] is by the cue of the word at place k of the six around the
	// token (appendCue), times numCls, plus the token's class; the rows
	// of NoCue are zero.
	cue [6][numCues * numCls]rowWeights
	// run is by the token's place in its run (runIndex) and its context
	// bits (ctxIndex).
	run [numRunPlaces][numCtx]rowWeights
}

// numCues is the number of lang's cue classes, NoCue to PersonTitle: a
// cue beyond them, which a newer lang might add, has its key looked up.
const numCues = int(lang.PersonTitle) + 1

// numRunPlaces is the number of a capitalized run's places (runAttrs): a
// token's position in it (single, inner, first, last), the run's length
// up to 4, and whether an apostrophe suffix follows it.
const numRunPlaces = 4 * 4 * 2

// runIndex returns the index in denseRows.run of a token's run value
// (tokenAttrs.run, not 0).
func runIndex(run uint64) int {
	return int(run&15-1) | int(run>>4&15-1)<<2 | int(run>>8&1)<<4
}

// numCtx is the number of a token's context bits (contextBits): its class
// with three bits.
const numCtx = numCls << 3

// ctxIndex returns the index in denseRows.run of context bits ctx.
func ctxIndex(ctx uint64) int { return int(ctx&0xff) + numCls*int(ctx>>8) }

// lexClasses returns the index of the word classes of a lexicon value in
// denseRows.lex.
func lexClasses(lex uint16) int { return int(lex >> 3) }

// newDenseRows looks up in t the rows of the features denseRows holds,
// for the lexicon values and clusters of fs.
func newDenseRows(t *weightTable, fs *featureSet) *denseRows {
	d := new(denseRows)
	for lower := range d.clsTri {
		for m1 := range numCls {
			for cls := range numCls {
				for p1 := range numCls {
					d.clsTri[lower][m1][cls][p1] = t.get(feat(tClsTri, uint64(m1)|uint64(cls)<<8|uint64(p1)<<16|uint64(lower)<<24))
				}
			}
		}
	}
	// The lexicon's classes are bits: the rows of all their combinations
	// (32 for five classes), which the lexicon's summary tells without
	// reading its 560,000 Turkish entries.
	var fine uint32
	for _, e := range fs.clu.entries {
		fine = max(fine, e.val&0xffff)
	}
	nLex, nFine := 1<<bits.Len(uint(fs.lex.classes)), int(fine)+1
	for s, tmpl := range [2][2]uint64{{tLexM1, tCluM1}, {tLexP1, tCluP1}} {
		d.lex[s], d.clu[s] = make([]rowWeights, nLex*numCls), make([]rowWeights, nFine*numCls)
		for cls := range numCls {
			for l := 1; l < nLex; l++ {
				d.lex[s][cls*nLex+l] = t.get(feat(tmpl[0], uint64(l)<<3|uint64(cls)<<16))
			}
			for f := range nFine {
				d.clu[s][cls*nFine+f] = t.get(feat(tmpl[1], uint64(f)|uint64(cls)<<16))
			}
		}
	}
	d.nLex, d.nFine = nLex, nFine
	for k := range d.cue {
		for c := 1; c < numCues; c++ {
			for cls := range numCls {
				d.cue[k][c*numCls+cls] = t.get(feat(tTrig+uint64(k), uint64(c)|uint64(cls)<<8))
			}
		}
	}
	for pos := uint64(1); pos <= 4; pos++ {
		for n := uint64(1); n <= 4; n++ {
			for suffix := range uint64(2) {
				run := pos | n<<4 | suffix<<8
				for bits := range uint64(8) {
					for cls := range uint64(numCls) {
						ctx := cls | bits<<8
						d.run[runIndex(run)][ctxIndex(ctx)] = t.get(feat(tRun, run|ctx<<16))
					}
				}
			}
		}
	}
	return d
}

// cueOffsets[k] is the offset from a token of the word at place k of the
// six around it (appendCue): place 2, the token's own cue, is of its own
// part, summed with its word.
var cueOffsets = [6]int{-2, -1, 0, 1, 2, 3}

// addCues adds to sums[i] the rows of the cues of the words around token
// i of a sentence with attributes attrs (tTrig+k but for the token's own,
// k = 2), for every token, from the words that have a cue: a word's cue
// is at place k of the token cueOffsets[k] before it. Few words have a
// cue (0.3 a token in news), and each token tested the five words around
// it. A cue beyond those d holds (numCues) has its row looked up in t.
func (d *denseRows) addCues(t *weightTable, attrs []tokenAttrs, sums [][numLabels]int32) {
	for j := range attrs {
		c := attrs[j].trig
		if c == lang.NoCue {
			continue
		}
		for k, off := range cueOffsets {
			i := j - off
			if k == 2 || i < 0 || i >= len(attrs) {
				continue
			}
			cls := attrs[i].cls
			if int(c) < numCues {
				addRow(&sums[i], &d.cue[k][int(c)*numCls+int(cls)])
			} else {
				row := t.get(feat(tTrig+uint64(k), uint64(c)|uint64(cls)<<8))
				addRow(&sums[i], &row)
			}
		}
	}
}

// addRun adds to sc the row of token a's place in its run with its
// context bits.
func (d *denseRows) addRun(a *tokenAttrs, sc *[numLabels]int32) {
	addRow(sc, &d.run[runIndex(a.run)][ctxIndex(contextBits(a))])
}

// addRow adds row to sc, written out: as a loop over the labels, its
// counter and test cost as much as the sums.
func addRow(sc *[numLabels]int32, row *rowWeights) {
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
