package tr

import (
	"strings"

	"github.com/varlik/varlik/lang"
)

// add keeps the maxRaw best readings seen so far.
func (a *morphAnalyzer) add(r morphReading) {
	r.seq = a.seq
	a.seq++
	if a.n < maxRaw {
		a.buf[a.n] = r
		a.n++
		return
	}
	worst := 0
	for i := 1; i < a.n; i++ {
		if a.buf[i].score < a.buf[worst].score {
			worst = i
		}
	}
	if r.score > a.buf[worst].score {
		a.buf[worst] = r
	}
}

func (a *morphAnalyzer) stemLen(r *morphReading) int { return r.end - r.cut + len(r.repl) }

// sameStem reports whether two readings spell the same stem.
func (a *morphAnalyzer) sameStem(x, y *morphReading) bool {
	if a.stemLen(x) != a.stemLen(y) {
		return false
	}
	if x.end == y.end && x.cut == y.cut && x.repl == y.repl {
		return true
	}
	var bx, by [64]byte
	sx, sy := a.spell(x, bx[:0]), a.spell(y, by[:0])
	return string(sx) == string(sy)
}

func (a *morphAnalyzer) spell(r *morphReading, dst []byte) []byte {
	return append(append(dst, a.word[:r.end-r.cut]...), r.repl...)
}

// keepWithin is how far below the best unmarked analysis (one not anchored
// at an apostrophe) a reading may score and still be returned.
const keepWithin = 6

// results sorts the readings best first (stable), drops duplicates and
// readings far below the best, and builds the answer with the identity
// reading first.
func (a *morphAnalyzer) results() []lang.Analysis {
	if a.n == 0 {
		return []lang.Analysis{{Stem: a.word, Case: "Nom"}}
	}
	rs := a.buf[:a.n]
	var order [maxRaw]uint8
	for i := range rs {
		order[i] = uint8(i)
		for j := i; j > 0 && a.betterReading(&rs[order[j]], &rs[order[j-1]]); j-- {
			order[j], order[j-1] = order[j-1], order[j]
		}
	}
	floor := -1 << 30 // readings far below the best analysis are noise
	for _, i := range order[:len(rs)] {
		if rs[i].score < mainBonus-relaxedMalus {
			floor = rs[i].score - keepWithin
			break
		}
	}
	var keep [MaxReadings - 1]uint8
	k, extra := 0, 0
	for _, i := range order[:len(rs)] {
		r := &rs[i]
		if k == len(keep) || r.score < floor {
			break
		}
		if r.cut == 0 && r.repl == "" && r.end == len(a.word) {
			continue // the identity reading comes first anyway
		}
		dup := false
		for _, j := range keep[:k] {
			if rs[j].node == r.node && a.sameStem(&rs[j], r) {
				dup = true
				break
			}
		}
		if dup {
			continue
		}
		keep[k] = i
		k++
		if r.repl != "" {
			extra += a.stemLen(r)
		}
	}
	out := make([]lang.Analysis, 1, 1+k)
	out[0] = lang.Analysis{Stem: a.word, Case: "Nom"}
	// Stems that are not substrings of word share one allocation.
	var sb strings.Builder
	sb.Grow(extra)
	for _, i := range keep[:k] {
		if rs[i].repl != "" {
			sb.WriteString(a.word[:rs[i].end-rs[i].cut])
			sb.WriteString(rs[i].repl)
		}
	}
	joined, off := sb.String(), 0
	for _, i := range keep[:k] {
		r := &rs[i]
		an := lang.Analysis{Stem: a.word[:r.end]}
		if r.repl != "" {
			n := a.stemLen(r)
			an.Stem = joined[off : off+n]
			off += n
		}
		if r.node != nil {
			an.Suffixes, an.Case = r.node.names, r.node.cas
		}
		out = append(out, an)
	}
	return out
}

// betterReading orders by score, then prefers the shorter stem (the longer
// suffix chain: üniversite-si-nde before üniversites-i-nde), then the
// order found.
func (a *morphAnalyzer) betterReading(x, y *morphReading) bool {
	if x.score != y.score {
		return x.score > y.score
	}
	if lx, ly := a.stemLen(x), a.stemLen(y); lx != ly {
		return lx < ly
	}
	return x.seq < y.seq
}
