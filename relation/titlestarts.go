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

// starts returns, in order, the units of a run from unit from on that lie
// at most a.reach units before one of the run's entity units ents of
// a.types and where title element e may begin (mayBegin), in
// b.titleStarts (reused by the next call). The language's Patterns
// anchored on a title try it at the same units, where the test is
// memoized: most units start no title (of the 2,640 units a Russian
// Pattern's reach gave on the benchmark's news, 94 did), and each had
// been handed to matchAt to be turned away there, Pattern after Pattern.
func (a titleAhead) starts(m *matcher, e *Elem, ents []int, from int, b *matcherBuffers) []int {
	out := b.titleStarts[:0]
	for _, ent := range ents {
		if m.units[ent].types&a.types == 0 {
			continue
		}
		for i := max(from, ent-a.reach); i < ent; i++ {
			if m.mayBegin(e, i) {
				out = append(out, i)
			}
		}
		from = max(from, ent)
	}
	b.titleStarts = out
	return out
}
