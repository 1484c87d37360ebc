package entity

import (
	"slices"
	"strings"

	"github.com/varlik/varlik/lang"
)

// A pattern is a sequence of elements matched left to right over the units
// of one sentence (a quoted stretch may run across sentences). Elements
// that may match in several ways (gaps, clauses) try the shortest first,
// so a subject pairs with the nearest trigger after it.
type pattern struct {
	rel   RelationType
	elems []elem
}

type op uint8

const (
	opEnt     op = iota // one entity mention (or a list of them, "X, Y ve Z")
	opWord              // one of several trigger phrases
	opTitle             // a title: [Capitalized modifiers] head [extension], e.g. Dışişleri Bakanı
	opGap               // 0..max units of anything
	opClause            // 1..max units ending in a reported-speech word; the quote of SAYS
	opQuote             // a quoted stretch “...”; the quote of SAYS
	opParen             // "(" entity ")", an acronym after a name
	opNotEnt            // look-ahead: the next unit is not an entity of these types
	opNotWord           // look-ahead: the next unit does not start one of these phrases
	opRest              // the rest of the sentence before its final punctuation; the quote of SAYS
)

type arg uint8

const (
	argNone arg = iota
	argSubj
	argObj
)

type titleMode uint8

const (
	titleAny      titleMode = iota
	titleNoMember           // titles that make one a member (Milletvekili) are left to MEMBER_OF
	titleMember             // only titles that make one a member
)

type elem struct {
	op      op
	arg     arg
	types   []Type
	cases   []string   // allowed cases of an entity; nil allows any
	list    bool       // opEnt: also take coordinated entities of the same kind
	phrases [][]string // opWord, opNotWord
	max     int        // opGap, opClause
	stop    []Type     // opGap: entity types a gap may not cross
	stopGen []Type     // opGap: entity types a gap may not cross in the genitive
	titles  titleMode
	opt     bool
}

// Element constructors, used by the pattern tables. Types are written
// "PER|LOC|ORG", cases "Nom|Gen" ("" = any case).

func ent(a arg, types, cases string) elem {
	return elem{op: opEnt, arg: a, types: parseTypes(types), cases: splitBar(cases)}
}

func entList(a arg, types, cases string) elem {
	e := ent(a, types, cases)
	e.list = true
	return e
}

func words(phrases ...string) elem { return elem{op: opWord, phrases: splitPhrases(phrases)} }

func notWords(phrases ...string) elem { return elem{op: opNotWord, phrases: splitPhrases(phrases)} }

func title(m titleMode) elem { return elem{op: opTitle, titles: m} }

func gap(n int, stop string) elem { return elem{op: opGap, max: n, stop: parseTypes(stop)} }

// clauseGap is a gap between a clause's subject and its object that stops
// at a genitive person: "Peskov, Putin'in Hindistan'ı ziyaret edeceğini
// açıkladı" is Putin's visit, the subject of the nominalized clause.
func clauseGap(n int) elem {
	return elem{op: opGap, max: n, stopGen: []Type{Person}}
}

func clause(n int) elem { return elem{op: opClause, max: n} }

func quote() elem { return elem{op: opQuote} }

func rest() elem { return elem{op: opRest} }

func paren() elem { return elem{op: opParen} }

func notEnt(types string) elem { return elem{op: opNotEnt, types: parseTypes(types)} }

func opt(e elem) elem {
	e.opt = true
	return e
}

func splitBar(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}

func parseTypes(s string) []Type {
	var ts []Type
	for _, t := range splitBar(s) {
		switch t {
		case "PER":
			ts = append(ts, Person)
		case "LOC":
			ts = append(ts, Location)
		case "ORG":
			ts = append(ts, Organization)
		default:
			panic("entity: bad type in pattern: " + t)
		}
	}
	return ts
}

func splitPhrases(ps []string) [][]string {
	out := make([][]string, len(ps))
	for i, p := range ps {
		out[i] = strings.Fields(p)
	}
	return out
}

// state is a partial match.
type state struct {
	subj, obj   []int
	role        string
	qs, qe      int
	first, last int // unit indices of the evidence
	sent        int // sentence of the last consumed unit, -1 after a quote
}

type matcher struct {
	doc   *Document
	units []unit
	l     lang.Language
	p     *relationPatterns

	analyses map[string][]lang.Analysis // memo of l.Analyze
	heads    []headMemo                 // by unit, memo of headOf; len(units)
}

// matchAt returns the first match of pat starting at unit i.
func (m *matcher) matchAt(pat *pattern, i int) (state, bool) {
	u := &m.units[i]
	switch first := &pat.elems[0]; first.op {
	case opEnt: // most units are not entities: reject them before any allocation
		if u.ent < 0 || !slices.Contains(first.types, m.doc.Entities[u.ent].Type) {
			return state{}, false
		}
	case opQuote:
		if u.quoteEnd < 0 {
			return state{}, false
		}
	case opTitle: // a title starts with a capitalized word or with its head
		if u.ent >= 0 || u.suffix {
			return state{}, false
		}
		if _, head := m.head(i); !u.cap && !head {
			return state{}, false
		}
	}
	st := state{first: -1, last: -1, sent: u.sent}
	return m.run(pat.elems, i, st)
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

func (m *matcher) run(elems []elem, i int, st state) (state, bool) {
	if len(elems) == 0 {
		return st, st.first >= 0
	}
	e := &elems[0]
	if e.op == opGap || e.op == opClause {
		if out, ok := m.stretch(e, elems[1:], i, st); ok {
			return out, true
		}
	} else if j, s, ok := m.step(e, i, st); ok {
		if out, ok := m.run(elems[1:], j, s); ok {
			return out, true
		}
	}
	if e.opt {
		return m.run(elems[1:], i, st)
	}
	return st, false
}

// stretch matches a gap or clause of the fewest units after which the rest
// of the pattern matches.
func (m *matcher) stretch(e *elem, rest []elem, i int, st state) (state, bool) {
	lo := 0
	if e.op == opClause {
		lo = 1
	}
	s := st
	for k := 0; k <= e.max && i+k <= len(m.units); k++ {
		if k > 0 {
			u := &m.units[i+k-1]
			if u.ent >= 0 && (slices.Contains(e.stop, m.doc.Entities[u.ent].Type) ||
				u.cas == "Gen" && slices.Contains(e.stopGen, m.doc.Entities[u.ent].Type)) {
				break
			}
			if !m.take(&s, i+k-1, i+k) {
				break
			}
		}
		if k < lo {
			continue
		}
		if e.op == opClause {
			if k > 1 && m.speakerAt(i+k-2) {
				break // a nearer speaker ("X, ...") starts the reported clause
			}
			if !m.p.reportsSpeech(&m.units[i+k-1]) {
				continue
			}
			s.qs, s.qe = m.units[i].start, m.units[i+k-1].end
		}
		if out, ok := m.run(rest, i+k, s); ok {
			return out, true
		}
	}
	return st, false
}

// speakerAt reports whether unit i is a person in the nominative followed
// by a comma or a topic word: the subject of a clause of its own.
func (m *matcher) speakerAt(i int) bool {
	u := &m.units[i]
	if u.ent < 0 || u.cas != "Nom" || m.doc.Entities[u.ent].Type != Person || i+1 >= len(m.units) {
		return false
	}
	next := m.units[i+1].norm
	return next == "," || m.p.topicWords[next]
}

// step matches element e (not a gap or clause) at unit i and returns the
// next unit.
func (m *matcher) step(e *elem, i int, st state) (int, state, bool) {
	n := len(m.units)
	switch e.op {
	case opEnt:
		j, ok := m.entAt(e, i, &st)
		return j, st, ok
	case opWord:
		if j, ok := m.phraseAt(e.phrases, i); ok && m.take(&st, i, j) {
			return j, st, true
		}
	case opTitle:
		role, j, ok := m.titleAt(i, e.titles)
		if ok && m.take(&st, i, j) {
			st.role = role
			return j, st, true
		}
	case opQuote:
		if i < n && m.units[i].quoteEnd > i && m.take(&st, i, i+1) {
			c := m.units[i].quoteEnd
			st.qs, st.qe = m.units[i].end, m.units[c].start
			st.last, st.sent = c, -1
			return c + 1, st, true
		}
	case opRest:
		j := i
		for j < n && m.units[j].sent == m.units[i].sent {
			j++
		}
		for j > i && m.units[j-1].ent < 0 && m.p.sentenceEnd(m.units[j-1].norm) {
			j--
		}
		if j > i && m.take(&st, i, j) {
			st.qs, st.qe = m.units[i].start, m.units[j-1].end
			return j, st, true
		}
	case opParen:
		if i+2 < n && m.units[i].norm == "(" && m.units[i+1].ent >= 0 && m.units[i+2].norm == ")" && m.take(&st, i, i+3) {
			return i + 3, st, true
		}
	case opNotEnt:
		if i < n && m.units[i].ent >= 0 && slices.Contains(e.types, m.doc.Entities[m.units[i].ent].Type) {
			return 0, st, false
		}
		return i, st, true
	case opNotWord:
		if _, ok := m.phraseAt(e.phrases, i); ok {
			return 0, st, false
		}
		return i, st, true
	}
	return 0, st, false
}

// entAt matches an entity element at unit i, with its coordinated
// followers of the same type when e.list is set, and returns the next unit.
func (m *matcher) entAt(e *elem, i int, st *state) (int, bool) {
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

func (m *matcher) oneEnt(e *elem, i int, st *state) (int, bool) {
	if i >= len(m.units) || m.units[i].ent < 0 {
		return 0, false
	}
	u := &m.units[i]
	if !slices.Contains(e.types, m.doc.Entities[u.ent].Type) {
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
	case argSubj:
		st.subj = append(slices.Clip(st.subj), u.ent)
	case argObj:
		st.obj = append(slices.Clip(st.obj), u.ent)
	}
	return j, true
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
