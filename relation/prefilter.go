package relation

import (
	"strings"

	"github.com/varlik/varlik/annotation"
)

// A trigger index lets extractRelations skip, cheaply, the sentences where a
// Pattern cannot match because one of the trigger phrases it requires does
// not even start anywhere in them, or no entity of a type it requires is
// in them. Most sentences of a news text have no meeting or visit verb,
// and most have no person for a title to precede; testing each Pattern's
// gaps there is the bulk of the work otherwise. The test is a necessary
// condition only: a sentence that passes still goes through the full
// matcher.
type phraseIndex struct {
	exact     map[string][]int             // first word → bits
	byHead    map[string][]prefixPhrase    // keyed by the first phraseHeadLen bytes
	short     []prefixPhrase               // prefixes and stems shorter than that: tested on every word
	quoteBits []int                        // the bits of required quotes: set by an opening quote mark
	typeBits  map[annotation.Type][]uint64 // by entity type: the bits of the required entities it may be
	words     int                          // len of a per-sentence bit set, in uint64s
	need      [][]uint64                   // by Pattern: its required bits; nil: never filtered
}

// prefixPhrase is a first word "x*" (a prefix) or "x+" (a stem, which the
// word starts with give or take a softened consonant; see hasStem).
type prefixPhrase struct {
	prefix string
	bit    int
}

const phraseHeadLen = 2

// buildPhraseIndex indexes the first words of the non-optional trigger
// phrases of p's patterns, their non-optional quotes and the types of
// their non-optional entities. A match stays in its first sentence until
// its first quote (see take), so only the elements up to that quote are
// required in the sentence it starts in.
func buildPhraseIndex(p *Patterns) *phraseIndex {
	ix := &phraseIndex{exact: map[string][]int{}, byHead: map[string][]prefixPhrase{}}
	required := make([][]int, len(p.Patterns)) // by Pattern: the bits of its required elements
	bits := 0                                  // one per required element
	typeBits := map[annotation.Type][]int{}
	for pi := range p.Patterns {
		pat := &p.Patterns[pi]
		for ei := range pat.Elems {
			e := &pat.Elems[ei]
			if e.opt && e.op == opQuote {
				break
			}
			if e.opt || (e.op != opWord && e.op != opQuote && e.op != opEnt) {
				continue
			}
			bit := bits
			bits++
			required[pi] = append(required[pi], bit)
			if e.op == opEnt {
				for _, t := range e.types {
					typeBits[t] = append(typeBits[t], bit)
				}
				continue
			}
			if e.op == opQuote {
				ix.quoteBits = append(ix.quoteBits, bit)
				break
			}
			for _, ph := range e.phrases {
				ix.add(ph[0], bit, p.StemPrefix)
			}
		}
	}
	ix.words = (bits + 63) / 64
	ix.typeBits = map[annotation.Type][]uint64{}
	for t, tb := range typeBits {
		set := make([]uint64, ix.words)
		for _, bit := range tb {
			set[bit/64] |= 1 << (bit % 64)
		}
		ix.typeBits[t] = set
	}
	ix.need = make([][]uint64, len(p.Patterns))
	for pi, req := range required {
		if len(req) == 0 {
			continue
		}
		ix.need[pi] = make([]uint64, ix.words)
		for _, bit := range req {
			ix.need[pi][bit/64] |= 1 << (bit % 64)
		}
	}
	return ix
}

func (ix *phraseIndex) add(w string, bit int, stemPrefix func(string) string) {
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
	t := prefixPhrase{prefix: prefix, bit: bit}
	if len(prefix) < phraseHeadLen {
		ix.short = append(ix.short, t)
		return
	}
	ix.byHead[prefix[:phraseHeadLen]] = append(ix.byHead[prefix[:phraseHeadLen]], t)
}

// sentenceTriggers returns, for each sentence of the units from base on,
// the set of required elements present in it: trigger phrases that start
// somewhere in it, quotes, and entities of a required type.
func (m *matcher) sentenceTriggers(ix *phraseIndex) (sets [][]uint64, base int) {
	if ix.words == 0 || len(m.units) == 0 {
		return nil, 0
	}
	base = m.units[0].sent
	sets = make([][]uint64, m.units[len(m.units)-1].sent-base+1)
	flat := make([]uint64, len(sets)*ix.words)
	for s := range sets {
		sets[s] = flat[s*ix.words : (s+1)*ix.words]
	}
	for i := range m.units {
		u := &m.units[i]
		set := sets[u.sent-base]
		if u.ent >= 0 {
			for w, bits := range ix.typeBits[m.doc.Entities[u.ent].Type] {
				set[w] |= bits
			}
			continue
		}
		for _, bit := range ix.exact[u.norm] {
			set[bit/64] |= 1 << (bit % 64)
		}
		if u.quoteEnd >= 0 {
			for _, bit := range ix.quoteBits {
				set[bit/64] |= 1 << (bit % 64)
			}
		}
		if len(u.norm) >= phraseHeadLen {
			markPrefixes(set, u.norm, ix.byHead[u.norm[:phraseHeadLen]])
		}
		markPrefixes(set, u.norm, ix.short)
	}
	return sets, base
}

// markPrefixes sets the bits of the phrases whose first word norm may be:
// it starts with their prefix. For a stem that is not certain, but the
// morphology that would tell is costly, and the matcher applies it anyway
// where a Pattern tests the word.
func markPrefixes(set []uint64, norm string, ts []prefixPhrase) {
	for _, t := range ts {
		if strings.HasPrefix(norm, t.prefix) {
			set[t.bit/64] |= 1 << (t.bit % 64)
		}
	}
}

// prefilter answers, for one Pattern, whether a sentence has all of the
// Pattern's required elements.
type prefilter struct {
	need []uint64   // the Pattern's required bits; nil: never filtered
	sets [][]uint64 // by sentence from base, from sentenceTriggers
	base int
}

func newPrefilter(ix *phraseIndex, Pattern int, sets [][]uint64, base int) prefilter {
	return prefilter{need: ix.need[Pattern], sets: sets, base: base}
}

// mayMatch reports whether the Pattern may match in sentence sent.
func (pf prefilter) mayMatch(sent int) bool {
	sent -= pf.base
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
// Pattern starting with an entity, or with a quote, may start, in b's
// slices (kept there for the next batch).
func (m *matcher) startUnits(b *matcherBuffers) (all, entities, quotes []int) {
	all = resize(b.allStarts, len(m.units))
	entities, quotes = b.entStarts[:0], b.quoteStarts[:0]
	for i := range m.units {
		all[i] = i
		switch u := &m.units[i]; {
		case u.ent >= 0:
			entities = append(entities, i)
		case u.quoteEnd >= 0:
			quotes = append(quotes, i)
		}
	}
	b.allStarts, b.entStarts, b.quoteStarts = all, entities, quotes
	return all, entities, quotes
}
