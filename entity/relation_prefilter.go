package entity

// prefilter skips the sentences where a pattern cannot match because a
// trigger phrase it requires occurs nowhere in them. Most sentences of a
// news text have no meeting or visit verb: testing each required phrase
// once per sentence spares the matcher its gaps there.
type prefilter struct {
	m        *matcher
	required []*elem // the pattern's non-optional trigger phrases
	seen     []int8  // by sentence: 0 not yet tested, 1 may match, -1 cannot
}

// newPrefilter prepares the sentence test for pat. A pattern with a quote
// may run across sentences and is never filtered.
func (m *matcher) newPrefilter(pat *pattern) *prefilter {
	pf := &prefilter{m: m}
	for i := range pat.elems {
		e := &pat.elems[i]
		switch {
		case e.op == opQuote:
			return pf
		case e.op == opWord && !e.opt:
			pf.required = append(pf.required, e)
		}
	}
	if len(pf.required) > 0 && len(m.units) > 0 {
		pf.seen = make([]int8, m.units[len(m.units)-1].sent+1)
	}
	return pf
}

// mayMatch reports whether the pattern may match in sentence sent.
func (pf *prefilter) mayMatch(sent int) bool {
	if pf.seen == nil || sent < 0 || sent >= len(pf.seen) {
		return true
	}
	if pf.seen[sent] == 0 {
		pf.seen[sent] = -1
		if pf.sentenceHasAll(sent) {
			pf.seen[sent] = 1
		}
	}
	return pf.seen[sent] > 0
}

func (pf *prefilter) sentenceHasAll(sent int) bool {
	us := pf.m.units
	first := pf.m.sentenceStart(sent)
	for _, e := range pf.required {
		found := false
		for i := first; i < len(us) && us[i].sent == sent && !found; i++ {
			_, found = pf.m.phraseAt(e.phrases, i)
		}
		if !found {
			return false
		}
	}
	return true
}

// sentenceStart returns the index of the first unit of sentence sent (or
// of the next sentence that has units), computed once per document.
func (m *matcher) sentenceStart(sent int) int {
	if m.sentFirst == nil {
		m.sentFirst = make([]int, m.units[len(m.units)-1].sent+1)
		for s := range m.sentFirst {
			m.sentFirst[s] = -1
		}
		for i := len(m.units) - 1; i >= 0; i-- { // units are in sentence order
			m.sentFirst[m.units[i].sent] = i
		}
		next := len(m.units)
		for s := len(m.sentFirst) - 1; s >= 0; s-- {
			if m.sentFirst[s] < 0 {
				m.sentFirst[s] = next
			}
			next = m.sentFirst[s]
		}
	}
	return m.sentFirst[sent]
}
