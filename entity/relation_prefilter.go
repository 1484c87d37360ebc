package entity

import "strings"

// A trigger index lets extractRelations skip, cheaply, the sentences where a
// pattern cannot match because one of the trigger phrases it requires does
// not even start anywhere in them. Most sentences of a news text have no
// meeting or visit verb; testing each pattern's gaps there is the bulk of
// the work otherwise. The test is a necessary condition only: a sentence
// that passes still goes through the full matcher.
type phraseIndex struct {
	elemBit map[*elem]int // required trigger element → its bit
	exact   map[string][]int
	byHead  map[string][]prefixPhrase // keyed by the first phraseHeadLen bytes
	short   []prefixPhrase            // prefixes and stems shorter than that: tested on every word
	words   int                       // len of a per-sentence bit set, in uint64s
}

// prefixPhrase is a first word "x*" (a prefix) or "x+" (a stem, which the
// word starts with give or take a softened consonant; see hasStem).
type prefixPhrase struct {
	prefix string
	word   string // the trigger word as written in the pattern
	bit    int
}

const phraseHeadLen = 2

// buildPhraseIndex indexes the first words of the non-optional trigger
// phrases of p's patterns. Patterns with a quote may run across sentences
// and keep no required elements.
func buildPhraseIndex(p *relationPatterns) *phraseIndex {
	ix := &phraseIndex{elemBit: map[*elem]int{}, exact: map[string][]int{}, byHead: map[string][]prefixPhrase{}}
	for pi := range p.patterns {
		pat := &p.patterns[pi]
		if hasQuote(pat) {
			continue
		}
		for ei := range pat.elems {
			e := &pat.elems[ei]
			if e.op != opWord || e.opt {
				continue
			}
			bit := len(ix.elemBit)
			ix.elemBit[e] = bit
			for _, ph := range e.phrases {
				ix.add(ph[0], bit)
			}
		}
	}
	ix.words = (len(ix.elemBit) + 63) / 64
	return ix
}

func hasQuote(pat *pattern) bool {
	for i := range pat.elems {
		if pat.elems[i].op == opQuote {
			return true
		}
	}
	return false
}

func (ix *phraseIndex) add(w string, bit int) {
	var prefix string
	switch {
	case strings.HasSuffix(w, "*"):
		prefix = w[:len(w)-1]
	case strings.HasSuffix(w, "+"):
		prefix = stemPrefix(w[:len(w)-1]) // as hasStem requires
	default:
		ix.exact[w] = append(ix.exact[w], bit)
		return
	}
	t := prefixPhrase{prefix: prefix, word: w, bit: bit}
	if len(prefix) < phraseHeadLen {
		ix.short = append(ix.short, t)
		return
	}
	ix.byHead[prefix[:phraseHeadLen]] = append(ix.byHead[prefix[:phraseHeadLen]], t)
}

// sentenceTriggers returns, for each sentence, the set of required trigger
// elements whose phrases start somewhere in it.
func (m *matcher) sentenceTriggers(ix *phraseIndex) [][]uint64 {
	if ix.words == 0 || len(m.units) == 0 {
		return nil
	}
	sets := make([][]uint64, m.units[len(m.units)-1].sent+1)
	flat := make([]uint64, len(sets)*ix.words)
	for s := range sets {
		sets[s] = flat[s*ix.words : (s+1)*ix.words]
	}
	for i := range m.units {
		u := &m.units[i]
		if u.ent >= 0 {
			continue
		}
		set := sets[u.sent]
		for _, bit := range ix.exact[u.norm] {
			set[bit/64] |= 1 << (bit % 64)
		}
		try := func(ts []prefixPhrase) {
			for _, t := range ts {
				if strings.HasPrefix(u.norm, t.prefix) && m.wordMatches(u, t.word) {
					set[t.bit/64] |= 1 << (t.bit % 64)
				}
			}
		}
		if len(u.norm) >= phraseHeadLen {
			try(ix.byHead[u.norm[:phraseHeadLen]])
		}
		try(ix.short)
	}
	return sets
}

// prefilter answers, for one pattern, whether a sentence has all of the
// pattern's required trigger elements.
type prefilter struct {
	need []uint64   // the pattern's required bits; nil: never filtered
	sets [][]uint64 // by sentence, from sentenceTriggers
}

func newPrefilter(ix *phraseIndex, pat *pattern, sets [][]uint64) prefilter {
	pf := prefilter{sets: sets}
	for i := range pat.elems {
		bit, ok := ix.elemBit[&pat.elems[i]]
		if !ok {
			continue
		}
		if pf.need == nil {
			pf.need = make([]uint64, ix.words)
		}
		pf.need[bit/64] |= 1 << (bit % 64)
	}
	return pf
}

// mayMatch reports whether the pattern may match in sentence sent.
func (pf prefilter) mayMatch(sent int) bool {
	if pf.need == nil || sent < 0 || sent >= len(pf.sets) {
		return true
	}
	for w, need := range pf.need {
		if pf.sets[sent][w]&need != need {
			return false
		}
	}
	return true
}

// startUnits lists the indices of all units, and of the units where a
// pattern starting with an entity, or with a quote, may start.
func (m *matcher) startUnits() (all, entities, quotes []int) {
	all = make([]int, len(m.units))
	for i := range m.units {
		all[i] = i
		switch u := &m.units[i]; {
		case u.ent >= 0:
			entities = append(entities, i)
		case u.quoteEnd >= 0:
			quotes = append(quotes, i)
		}
	}
	return all, entities, quotes
}
