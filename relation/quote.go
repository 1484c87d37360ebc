package relation

import (
	"strings"

	"github.com/varlik/varlik/annotation"
)

// maxQuoteScan bounds how far back quoteRest looks for the opening mark
// of the quotation a unit stands in.
const maxQuoteScan = 400

// quoteSpan returns the byte span of the words said between an opening
// quote mark (unit from-1) and its closing mark (unit to): everything
// between the marks, less the punctuation the language leaves out of a
// quote at its end (Patterns.QuoteTrim: the comma of “..., ” Li said).
func (m *matcher) quoteSpan(from, to int) (int, int) {
	qs, qe := m.units[from-1].end, m.units[to].start
	if len(m.p.QuoteTrim) == 0 {
		return qs, qe
	}
	last := to - 1
	for last >= from && m.units[last].ent < 0 && m.p.QuoteTrim[m.units[last].norm] {
		last--
	}
	if last >= from {
		qe = m.units[last].end
	}
	return qs, qe
}

// quoteRest matches the rest of the quotation that unit i stands in: from
// i (less leading dashes) to the unit before its closing mark, which may
// lie in a later sentence. It fails, leaving *st as it was, where i stands
// in no quotation.
func (m *matcher) quoteRest(i int, st *state) (int, bool) {
	n := len(m.units)
	if i >= n {
		return 0, false
	}
	closing := -1
	for k := i - 1; k >= 0 && k >= i-maxQuoteScan; k-- {
		if c := m.units[k].quoteEnd; c >= 0 {
			if c > i {
				closing = c
			}
			break // the nearest opening mark before i encloses it or none does
		}
	}
	from := i
	for from < closing && isDash(m.units[from].norm) {
		from++
	}
	if closing < 0 || from >= closing {
		return 0, false
	}
	// No take: the sentence splitter may have cut the quotation at the
	// speaker's full stop, and the quotation, not the sentence, bounds it.
	if st.first < 0 {
		st.first = i
	}
	_, st.qe = m.quoteSpan(from, closing)
	st.qs = m.units[from].start
	st.last, st.sent = closing, -1
	return closing + 1, true
}

// paragraphEndsAfter reports whether a line break follows unit i before
// the next unit.
func (m *matcher) paragraphEndsAfter(i int) bool {
	if i+1 >= len(m.units) {
		return false
	}
	return strings.ContainsRune(m.doc.Text[m.units[i].end:m.units[i+1].start], '\n')
}

func isDash(norm string) bool {
	switch norm {
	case "—", "–", "-", "--":
		return true
	}
	return false
}

// sentenceEndsAt reports whether, after the unit before i, its sentence
// has nothing left but final punctuation and closing quote marks.
func (m *matcher) sentenceEndsAt(i int) bool {
	if i == 0 || i > len(m.units) {
		return false
	}
	sent := m.units[i-1].sent
	for ; i < len(m.units) && m.units[i].sent == sent; i++ {
		u := &m.units[i]
		if u.ent >= 0 || !(m.p.sentenceEnd(u.norm) || isClosingQuote(u.norm)) {
			return false
		}
	}
	return true
}

func isClosingQuote(norm string) bool {
	switch norm {
	case "”", "»", "\"", "“":
		return true
	}
	return false
}

// otherSpeakerAt returns where the words said from unit i end, at the
// latest at end: before a comma, a clause joiner and a person or
// organization (Patterns.ClauseJoiners: "..., while Pistorius said ..."),
// which start another speaker's clause; a quote has one speaker.
func (m *matcher) otherSpeakerAt(i, end int) int {
	if len(m.p.ClauseJoiners) == 0 {
		return end
	}
	for k := i + 1; k+2 < end; k++ {
		if m.units[k].norm == "," && m.units[k+1].ent < 0 && m.p.ClauseJoiners[m.units[k+1].norm] {
			if e := m.units[k+2].ent; e >= 0 && m.doc.Entities[e].Type != annotation.Location {
				return k
			}
		}
	}
	return end
}
