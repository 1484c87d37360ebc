package relation

import (
	"slices"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// state is a partial match.
type state struct {
	subj, obj   []int
	role        string
	qs, qe      int
	first, last int // unit indices of the evidence
	sent        int // sentence of the last consumed unit, -1 after a quote
}

type matcher struct {
	doc   *annotation.Document
	units []unit
	l     lang.Language
	p     *Patterns
	// places is what is known of where places lie, for LOCATED_IN; nil
	// when Extract was given none.
	places Places

	analyses analysisMemo // memo of l.Analyze
	heads    []headMemo   // by unit, memo of headOf; len(units)
	leads    bitSets      // by unit, the word elements that may start there (indexUnits)
	// ents holds the subject and object lists of the partial matches of
	// one matchAt (see withEnt).
	ents []int
	// words holds the words after a head-first title's head, which
	// readTitleHeadFirst hands to the language.
	words []string
}

// matchAt sets *st to the first match of pat starting at unit i.
func (m *matcher) matchAt(pat *Pattern, i int, st *state) bool {
	if a := pat.anchorElem(); a != nil && (!m.mayBegin(a, i) || pat.entFollowed && !m.mayFollow(pat, i)) {
		return false
	}
	*st = state{first: -1, last: -1, sent: m.units[i].sent}
	m.ents = m.ents[:0]
	return m.run(pat.Elems, i, st)
}

// take records that units [i, j) were consumed, if they all lie in the
// current sentence.
func (m *matcher) take(st *state, i, j int) bool {
	if j > len(m.units) {
		return false
	}
	for k := i; k < j; k++ {
		if st.sent >= 0 && m.units[k].sent != st.sent {
			return false
		}
		st.sent = m.units[k].sent
	}
	if j > i {
		if st.first < 0 {
			st.first = i
		}
		st.last = j - 1
	}
	return true
}

// run matches elems from unit i on, continuing the partial match *st.
// On success *st is the match; on failure it is left as it was, for the
// caller's next try. (The state goes by pointer: copying it in and out of
// every call was a good part of the matcher's time.)
func (m *matcher) run(elems []Elem, i int, st *state) bool {
	if len(elems) == 0 {
		return st.first >= 0
	}
	e := &elems[0]
	if e.op == opGap || e.op == opClause || e.op == opSaid {
		if m.stretch(e, elems[1:], i, st) {
			return true
		}
	} else if m.mayStep(elems, i) {
		s := *st
		if j, ok := m.step(e, i, &s); ok && m.run(elems[1:], j, &s) {
			*st = s
			return true
		}
	}
	return e.opt && m.run(elems[1:], i, st)
}

// mayStep reports whether step may match elems[0] at unit i and, when
// elems[0] is a look-around, whether the element after it that consumes a
// unit (Elem.consumer) may match there too; false is certain. It spares
// most failing steps the copy of the partial match they are given, which
// took as long as the steps themselves; and a gap, which tries the
// elements after it at each of its lengths, is spared the look-around's
// test where the element after it cannot start ("not after and" before
// "said").
func (m *matcher) mayStep(elems []Elem, i int) bool {
	e := &elems[0]
	if e.consumer > 0 {
		e = &elems[e.consumer]
	}
	switch e.op {
	case opWord:
		return i >= len(m.units) || m.leads.has(i, e.lead)
	case opEnt:
		return i < len(m.units) && m.units[i].types&e.types != 0
	}
	return true
}

// stretch matches a gap or clause of the fewest units after which the rest
// of the Pattern matches; as run, it changes *st only on success.
//
// The units it crosses are taken into the partial match (see take) only
// where the rest is tried, all since the last try at once: most lengths
// of most gaps are turned away (the rest cannot start there), and taking
// each unit as it was crossed cost more than the test that turns it away.
// Where the rest starts with a word, and nothing but entities' types stops
// the stretch, the units up to the next that may start the word are
// crossed in a loop of their own, which tests nothing else: words said
// before a speaker ("..., the minister said") stretch over most of a
// sentence, and half the stretches' lengths tried were theirs.
func (m *matcher) stretch(e *Elem, rest []Elem, i int, st *state) bool {
	lo := 0
	if e.op == opClause || e.op == opSaid {
		lo = 1
	}
	follows := len(rest) > 0 && !rest[0].opt // the rest must start where the stretch ends
	word := -1                               // the lead of the word the rest starts with, to skip to
	if follows && e.op != opClause && e.stopSubj == 0 && len(e.stopWords) == 0 {
		if w := &rest[rest[0].consumer]; w.op == opWord { // the element mayStep tests
			word = w.lead
		}
	}
	// A quote or a title after the stretch ("X, ... “...” diye", "X ...
	// Büyükelçisi Y") starts only at an opening mark or where a title is
	// read (memoized by unit), which mayStep does not test (it would then
	// be left out of line): each length was handed to step, with a copy
	// of the partial match.
	next := opGap // what must start where the stretch ends, tested below: nothing
	if follows {
		next = rest[0].op
	}
	s := *st
	taken, sent := i, s.sent // units [i, taken) are taken into s; the sentence of those crossed
	for k := 0; k <= e.max && i+k <= len(m.units); k++ {
		if k > 0 {
			u := &m.units[i+k-1]
			if u.types&e.stop != 0 || u.cas == "Gen" && u.types&e.stopGen != 0 ||
				u.types&e.stopSubj != 0 && m.maySubject(i+k-1) {
				break
			}
			if len(e.stopWords) > 0 && m.leads.has(i+k-1, e.lead) {
				break
			}
			if sent >= 0 && u.sent != sent {
				break // as take would
			}
			sent = u.sent
		}
		if k < lo {
			continue
		}
		for word >= 0 && i+k < len(m.units) && !m.leads.has(i+k, word) {
			// Unit i+k, which cannot start the rest, is crossed as above
			// (word is set where the stops above are types alone).
			u := &m.units[i+k]
			if k == e.max || u.types&e.stop != 0 || u.cas == "Gen" && u.types&e.stopGen != 0 || sent >= 0 && u.sent != sent {
				return false
			}
			sent = u.sent
			k++
		}
		if e.op == opClause {
			if k > 1 && m.speakerAt(i+k-2) {
				break // a nearer speaker ("X, ...") starts the reported clause
			}
			if !m.p.reportsSpeech(&m.units[i+k-1]) {
				continue
			}
		}
		if follows && !m.mayStep(rest, i+k) {
			continue // what follows cannot start here: most lengths of most gaps
		}
		if next == opQuote && !m.opensQuote(i+k) || next == opTitle && !m.hasTitle(i+k, rest[0].titles) {
			continue
		}
		m.take(&s, taken, i+k) // in the sentence, as tested
		taken = i + k
		if e.op == opClause || e.op == opSaid {
			s.qs, s.qe = m.units[i].start, m.units[i+k-1].end
		}
		if m.run(rest, i+k, &s) {
			*st = s
			return true
		}
	}
	return false
}

// opensQuote reports whether unit i opens a quotation (a paired opening
// mark), as a Quote element needs.
func (m *matcher) opensQuote(i int) bool { return i < len(m.units) && m.units[i].quoteEnd > i }

// hasTitle reports whether a title of mode is read at unit i (titleAt).
func (m *matcher) hasTitle(i int, mode TitleMode) bool {
	_, _, ok := m.titleAt(i, mode)
	return ok
}

// maySubject reports whether entity unit i may be a clause's subject: in
// the nominative, not before a postposition that gives it a case ("Putin
// ile"), or in the genitive (a nominalized clause's), or with no case read.
func (m *matcher) maySubject(i int) bool {
	u := &m.units[i]
	switch u.cas {
	case "Nom":
		return i+1 >= len(m.units) || m.p.postpositionCase(m.units[i+1].norm) == ""
	case "Gen", "":
		return true
	}
	return false
}

// speakerAt reports whether unit i is a person in the nominative followed
// by a comma or a topic word: the subject of a clause of its own.
func (m *matcher) speakerAt(i int) bool {
	u := &m.units[i]
	if u.ent < 0 || u.cas != "Nom" || m.doc.Entities[u.ent].Type != annotation.Person || i+1 >= len(m.units) {
		return false
	}
	next := m.units[i+1].norm
	return next == "," || m.p.TopicWords[next]
}

// step matches element e (not a gap or clause) at unit i, continuing the
// partial match *st, and returns the next unit. On failure *st may have
// changed.
func (m *matcher) step(e *Elem, i int, st *state) (int, bool) {
	n := len(m.units)
	switch e.op {
	case opEnt:
		return m.entAt(e, i, st)
	case opWord:
		if j, ok := m.wordAt(e, i); ok && m.take(st, i, j) {
			return j, true
		}
	case opTitle:
		role, j, ok := m.titleAt(i, e.titles)
		if ok && m.take(st, i, j) {
			st.role = role
			return j, true
		}
	case opQuote:
		if m.opensQuote(i) && m.take(st, i, i+1) {
			c := m.units[i].quoteEnd
			st.qs, st.qe = m.quoteSpan(i+1, c)
			st.last, st.sent = c, -1
			if m.paragraphEndsAfter(c) {
				// A quotation that closes its paragraph has its speaker in it, if anywhere:
				// the next paragraph's "Smith, the group's chairman, said: ..." is his
				// own words. The match may end here, but not go on.
				st.sent = m.units[c].sent
			}
			return c + 1, true
		}
	case opQuoteRest:
		return m.quoteRest(i, st)
	case opAside:
		if i < n && (m.units[i].norm == "," || isDash(m.units[i].norm)) {
			for j := i + 1; j < n && j <= i+e.max+1; j++ {
				if m.units[j].norm == m.units[i].norm {
					// A name alone between the marks names the subject
					// ("the director of the Louvre, Laurence des Cars, said").
					lone := j == i+2 && m.units[i+1].ent >= 0
					if j > i+1 && !lone && m.take(st, i, j+1) {
						return j + 1, true
					}
					break
				}
			}
		}
	case opSentStart:
		if i < n && (i == 0 || m.units[i-1].sent != m.units[i].sent) {
			return i, true
		}
	case opSentEnd:
		if m.sentenceEndsAt(i) {
			return i, true
		}
	case opRest:
		j := i
		for j < n && m.units[j].sent == m.units[i].sent {
			j++
		}
		j = m.otherSpeakerAt(i, j)
		for j > i && m.units[j-1].ent < 0 && m.p.sentenceEnd(m.units[j-1].norm) {
			j--
		}
		if j > i && m.take(st, i, j) {
			st.qs, st.qe = m.units[i].start, m.units[j-1].end
			return j, true
		}
	case opParen:
		if i+2 < n && m.units[i].norm == "(" && m.units[i+1].ent >= 0 && m.units[i+2].norm == ")" && m.take(st, i, i+3) {
			return i + 3, true
		}
	case opNotEnt:
		if i < n && m.units[i].types&e.types != 0 {
			return 0, false
		}
		return i, true
	case opNotWord:
		if _, ok := m.wordAt(e, i); ok {
			return 0, false
		}
		return i, true
	case opAheadWord:
		if _, ok := m.wordAt(e, i); ok {
			return i, true
		}
	case opNotAfter:
		if i == 0 || i > n || i < n && m.units[i-1].sent != m.units[i].sent ||
			!slices.Contains(e.after, m.units[i-1].norm) {
			return i, true
		}
	}
	return 0, false
}

// entAt matches an entity element at unit i, with its coordinated
// followers of the same type when e.list is set, and returns the next unit.
func (m *matcher) entAt(e *Elem, i int, st *state) (int, bool) {
	j, ok := m.oneEnt(e, i, st)
	if !ok {
		return 0, false
	}
	for e.list {
		k, conj := j, false
		for k < len(m.units) && m.units[k].ent < 0 && m.p.isListSeparator(m.units[k].norm) {
			conj = conj || m.units[k].norm != ","
			k++
		}
		if k == j || k-j > 2 {
			break
		}
		s := *st
		if !m.take(&s, j, k) {
			break
		}
		next, ok := m.oneEnt(e, k, &s)
		if !ok || m.doc.Entities[m.units[k].ent].Type != m.doc.Entities[m.units[i].ent].Type {
			break // coordinated entities share a type
		}
		j, *st = next, s
		if conj {
			break // "X, Y ve Z": the item after the conjunction is the last
		}
	}
	return j, true
}

func (m *matcher) oneEnt(e *Elem, i int, st *state) (int, bool) {
	if i >= len(m.units) || m.units[i].ent < 0 {
		return 0, false
	}
	u := &m.units[i]
	if u.types&e.types == 0 {
		return 0, false
	}
	j := i + 1
	switch {
	case e.cases == nil || slices.Contains(e.cases, u.cas):
	case u.cas == "Nom" && j < len(m.units) && m.p.postpositionCase(m.units[j].norm) != "" &&
		slices.Contains(e.cases, m.p.postpositionCase(m.units[j].norm)):
		j++ // "Putin ile" reads as Putin'le
	default:
		return 0, false
	}
	if !m.take(st, i, j) {
		return 0, false
	}
	switch e.arg {
	case ArgSubj:
		st.subj = m.withEnt(st.subj, u.ent)
	case ArgObj:
		st.obj = m.withEnt(st.obj, u.ent)
	}
	return j, true
}

// withEnt returns list with ent appended, leaving list as it was for the
// partial matches that share it. The new list is made in m.ents, which
// matchAt empties: most lists are of one entity, of a match that then
// fails, and allocating each was a good part of the matcher's
// allocations.
func (m *matcher) withEnt(list []int, ent int) []int {
	start := len(m.ents)
	m.ents = append(append(m.ents, list...), ent)
	return m.ents[start:len(m.ents):len(m.ents)]
}

// phraseAt returns the end of the first phrase that matches at unit i.
func (m *matcher) phraseAt(phrases [][]string, i int) (int, bool) {
next:
	for _, ph := range phrases {
		if i+len(ph) > len(m.units) {
			continue
		}
		for k, w := range ph {
			if !m.wordMatches(&m.units[i+k], w) {
				continue next
			}
		}
		return i + len(ph), true
	}
	return 0, false
}
