package relation

// anchorOf returns the index in pat.Elems of the element that the unit a
// match of pat starts at must begin, or -1 when any unit may start one:
// the first element that is no look-around (NotAfter, NotEnt, NotWords,
// AheadWords, which match nothing and leave the match at its unit),
// unless it is optional. Most English subjects come after a look-behind
// ("not after a preposition, a person ..."): such a Pattern starts on an
// entity, as one that opens with the entity does, where it was tried, and
// its look-behind read, at every unit of a sentence (a twelfth of
// relation.Extract on English news).
func anchorOf(pat *Pattern) int {
	for k := range pat.Elems {
		e := &pat.Elems[k]
		if isLookAround(e.op) {
			continue
		}
		if e.opt {
			return -1
		}
		return k
	}
	return -1
}

// entFollowedOf reports whether pat's anchor is an entity element of one
// unit (not a list), and the element after it must start right after that
// unit (it is neither optional nor a gap, clause or words said, which may
// be empty or stretch): "X'deki Y" (Ent Ent), "X, Y" (Ent Words Ent).
// Where a text has many entities, most are followed by neither, and such a
// Pattern was readied and its anchor matched at each, to fail at the next
// element.
func entFollowedOf(pat *Pattern) bool {
	if pat.anchor < 0 || pat.anchor+1 >= len(pat.Elems) {
		return false
	}
	a, next := &pat.Elems[pat.anchor], &pat.Elems[pat.anchor+1]
	return a.op == opEnt && !a.list && !next.opt && next.op != opGap && next.op != opClause && next.op != opSaid
}

// mayFollow reports whether the element after pat's anchor, an entity of
// one unit at unit i (see entFollowedOf), may start after it; false is
// certain. It starts right after the entity or, where the entity may take
// a postposition as its case ("Putin ile" read as Putin'le; see oneEnt),
// one unit later.
func (m *matcher) mayFollow(pat *Pattern, i int) bool {
	a, rest := &pat.Elems[pat.anchor], pat.Elems[pat.anchor+1:]
	return m.mayStep(rest, i+1) || a.cases != nil && m.mayStep(rest, i+2)
}

// aheadOf returns the leads (Elem.lead) of the word elements of pat after
// its anchor that every match takes in the sentence it starts in: not
// optional, and before its first quote, the anchor included (a quotation
// may close its sentence, and the match go on in the next; see step's
// opQuote and quoteRest). Nil when pat has no anchor.
func aheadOf(pat *Pattern) []int {
	if pat.anchor < 0 {
		return nil
	}
	var leads []int
	for k, e := range pat.Elems[pat.anchor:] {
		if e.op == opQuote || e.op == opQuoteRest {
			break
		}
		if k > 0 && e.op == opWord && !e.opt { // an anchoring word is where the match starts (leading)
			leads = append(leads, e.lead)
		}
	}
	return leads
}

// lastStart returns the last unit of run r, [from, to), where a match of
// pat may start, or from-1 where none may: every word element that
// pat.ahead lists takes a unit of the run where its lead is set (as
// mayStep requires), each at or after the unit the one before took, and
// the first at or after the start. A Pattern whose verb comes after its
// subject ("X said", "X met Y") is tried at no entity after the verb's
// last unit: on the news of each language, a fifth to a quarter of the
// starts matchAt was handed, which crossed the rest of their sentence
// looking for the word.
func (m *matcher) lastStart(pat *Pattern, r, from, to int, b *matcherBuffers) int {
	k := len(pat.ahead) - 1
	if k < 0 {
		return to - 1
	}
	// The last word first: it bounds the one before. Its last unit in the
	// run is the same for every Pattern that needs it last (the verbs of
	// saying of most English and Russian Patterns): it is found once a
	// run, where each Pattern scanned the run back from its end for it
	// (b.lastLeads, when the batch has the memo).
	var last int
	if len(b.lastLeads) == 0 {
		last = m.lastLead(pat.ahead[k], from, to-1)
	} else {
		slot := &b.lastLeads[r*m.leads.words*64+pat.ahead[k]]
		if *slot == 0 {
			*slot = int32(m.lastLead(pat.ahead[k], from, to-1) - from + 2) // 0: not known yet
		}
		last = int(*slot) + from - 2
	}
	for k--; k >= 0 && last >= from; k-- {
		last = m.lastLead(pat.ahead[k], from, last)
	}
	return last
}

// lastLead returns the last unit from from to last whose leads have lead,
// or from-1 where none has.
func (m *matcher) lastLead(lead, from, last int) int {
	// The lead's word of each unit's set, a set's length apart, with no
	// multiplication a unit (as leading reads them).
	words := m.leads.words
	bit, at := uint64(1)<<(lead%64), last*words+lead/64
	for last >= from && m.leads.bits[at]&bit == 0 {
		last, at = last-1, at-words
	}
	return last
}

// isLookAround reports whether elements of op match nothing, leaving the
// match at the unit they test.
func isLookAround(o op) bool {
	switch o {
	case opNotAfter, opNotEnt, opNotWord, opAheadWord:
		return true
	}
	return false
}

// setConsumers sets Elem.consumer of the look-arounds of pat.
func setConsumers(pat *Pattern) {
	es := pat.Elems
	for k := range es {
		if !isLookAround(es[k].op) {
			continue
		}
		for c := k + 1; c < len(es); c++ {
			if !isLookAround(es[c].op) {
				if !es[c].opt {
					es[k].consumer = c - k
				}
				break
			}
		}
	}
}

// anchorElem returns pat's anchor element, or nil when it has none.
func (pat *Pattern) anchorElem() *Elem {
	if pat.anchor < 0 {
		return nil
	}
	return &pat.Elems[pat.anchor]
}

// mayBegin reports whether anchor element e (see anchorOf) may match from
// unit i on; false is certain. It turns away most units before the partial
// match is readied: most are not entities, start no phrase of e (a
// preposition, a verb), or start no title.
func (m *matcher) mayBegin(e *Elem, i int) bool {
	u := &m.units[i]
	switch e.op {
	case opEnt:
		return u.types&e.types != 0
	case opQuote:
		return u.quoteEnd >= 0
	case opWord:
		return m.leads.has(i, e.lead)
	case opTitle: // a title starts with a capitalized word or with its head
		if u.ent >= 0 || u.suffix {
			return false
		}
		_, head := m.head(i)
		return head || m.mayStartTitle(i)
	}
	return true
}

// leading returns, in order, the units from from to to where a phrase of
// the word element of bit lead may start, in b.wordStarts (reused by the
// next call). A Pattern anchored on a word is tried there alone: a
// sentence has the word, and most of its units are others, which matchAt
// would call mayBegin to turn away one by one.
func (m *matcher) leading(lead, from, to int, b *matcherBuffers) []int {
	out := b.wordStarts[:0]
	// The lead's word of each unit's set, a set's length apart, with no
	// multiplication a unit (bitSets.has).
	words, bit := m.leads.words, uint64(1)<<(lead%64)
	for i, k := from, from*words+lead/64; i < to; i, k = i+1, k+words {
		if m.leads.bits[k]&bit != 0 {
			out = append(out, i)
		}
	}
	b.wordStarts = out
	return out
}

// entitiesOf returns, in order, the entity units of ents of one of types,
// in b.typed (reused by the next call): a Pattern anchored on an entity is
// tried at those alone, where each of the others went to matchAt to be
// turned away there (a Turkish Pattern anchored on a place was handed
// every person, organization and place).
func (m *matcher) entitiesOf(types typeSet, ents []int, b *matcherBuffers) []int {
	out := b.typed[:0]
	for _, i := range ents {
		if m.units[i].types&types != 0 {
			out = append(out, i)
		}
	}
	b.typed = out
	return out
}
