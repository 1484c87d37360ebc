package relation

// A Pattern that starts with a title (its anchor, see anchorOf) followed
// by an entity ("Başbakan X", "Secretary of State X", "министр
// иностранных дел X") can only start a few units before an entity of the
// types it wants: a title is at most titleReach units long. Trying it from
// every unit of a sentence that has such an entity somewhere read the head
// and the first word of a title at each, which took a sixth of
// relation.Extract on news; the units far from any such entity can be left
// untried, as matchAt would fail there.

// titleReach bounds titleMemo.end-i for a title read at unit i: at most
// maxTitleWords words up to the head, then an apostrophe suffix, and an
// extension, a tail (TitleTails) or, head first, complements.
func (p *Patterns) titleReach() int {
	after := max(1, maxComplementWords)
	for _, tail := range p.titleTails {
		after = max(after, len(tail))
	}
	return maxTitleWords + 1 + after
}

// titleAhead is, for a Pattern anchored on a title, the types of the
// first entity it requires after it, and how many units at most lie
// between the title's start and that entity's (reach); a zero reach when
// the Pattern is anchored otherwise, or what follows its title is not bounded.
type titleAhead struct {
	types typeSet
	reach int
}

// titleAheadOf returns the titleAhead of pat, for titles of at most
// reach units. Between the title and the entity, words (optional or not)
// add their longest phrase, gaps their longest stretch, and look-arounds
// nothing.
func titleAheadOf(pat *Pattern, reach int) titleAhead {
	if pat.anchor < 0 {
		return titleAhead{}
	}
	es := pat.Elems[pat.anchor:]
	if len(es) < 2 || es[0].op != opTitle || es[0].opt {
		return titleAhead{}
	}
	for _, e := range es[1:] {
		switch {
		case e.op == opEnt && !e.opt:
			return titleAhead{types: e.types, reach: reach}
		case e.op == opNotWord || e.op == opNotEnt || e.op == opAheadWord || e.op == opNotAfter:
		case e.op == opWord:
			longest := 0
			for _, ph := range e.phrases {
				longest = max(longest, len(ph))
			}
			reach += longest
		case e.op == opGap:
			reach += e.max
		default:
			return titleAhead{}
		}
	}
	return titleAhead{}
}

// starts returns, in order, the units of begins (a run's units where a
// title may begin, in order: see titleBegins) that lie at most a.reach
// units before one of the run's entity units ents (in order) of a.types,
// in b.titleStarts (reused by the next call).
func (a titleAhead) starts(m *matcher, begins, ents []int, b *matcherBuffers) []int {
	out := b.titleStarts[:0]
	k := 0 // the first entity after the unit
	for _, i := range begins {
		for k < len(ents) && ents[k] <= i {
			k++
		}
		for _, ent := range ents[k:] {
			if ent > i+a.reach {
				break
			}
			if m.units[ent].types&a.types != 0 {
				out = append(out, i)
				break
			}
		}
	}
	b.titleStarts = out
	return out
}

// titleBegins returns, in order, the units of run r from unit from on
// where title element e may begin (mayBegin, which reads nothing of e but
// its op: any title element's are the same) and that lie within the
// longest reach of the Patterns anchored on a title before one of the
// run's entity units ents of their types (Patterns.titlesAhead): those
// that starts may choose from for any of them. They are found at the
// run's first call in a batch and kept in b (see matcherBuffers.begins):
// a language's Patterns anchored on a title try it at the same units,
// and each had tested the units of its reach again, memo after memo (a
// fifth of relation.Extract on Russian news, where nine Patterns are
// anchored on a title).
func (m *matcher) titleBegins(e *Elem, r, from int, ents []int, b *matcherBuffers) []int {
	span := &b.beginsOf[r]
	if !span.known {
		span.known, span.from = true, int32(len(b.begins))
		all := m.p.titlesAhead
		for _, ent := range ents {
			if m.units[ent].types&all.types == 0 {
				continue
			}
			for i := max(from, ent-all.reach); i < ent; i++ {
				if m.mayBegin(e, i) {
					b.begins = append(b.begins, i)
				}
			}
			from = max(from, ent)
		}
		span.to = int32(len(b.begins))
	}
	return b.begins[span.from:span.to]
}

// beginsSpan is where a run's units that may begin a title stand in
// matcherBuffers.begins, once known.
type beginsSpan struct {
	from, to int32
	known    bool
}
