package relation

// phraseStarts indexes the phrases of a word element by their first
// word, so that the phrases tried at a unit are those that may start with
// its word. The verbs of saying of a Russian Pattern are a hundred forms
// (заявил, заявила, заявили, ...), and testing each against the unit
// where one of them starts took a seventh of relation.Extract on Russian
// news.
type phraseStarts struct {
	exact *wordTable[[]int32] // a first word written out → its phrases, in order
	loose []int32             // the phrases whose first word is a prefix or a stem, in order
}

// minIndexedPhrases is the number of phrases from which an element's are
// indexed: below it, testing them all costs less than the look-up.
const minIndexedPhrases = 8

// phraseStartsOf returns the index of phrases, or nil when there are too
// few to index or one is empty (it matches anywhere).
func phraseStartsOf(phrases [][]string) *phraseStarts {
	if len(phrases) < minIndexedPhrases {
		return nil
	}
	ps := &phraseStarts{}
	written := make([]int32, 0, len(phrases)) // the phrases whose first word is written out, by that word
	for k, ph := range phrases {
		switch {
		case len(ph) == 0:
			return nil
		case isLooseWord(ph[0]):
			ps.loose = append(ps.loose, int32(k))
		default:
			written = append(written, int32(k))
		}
	}
	// Each word's phrases are a run of written, in order (tableOrder keeps
	// the phrases of a word in order), rather than a slice of their own: a
	// list of verbs of saying has a first word a phrase. The words come in
	// the order of their table.
	order := tableOrder(len(written), func(i int) string { return phrases[written[i]][0] })
	for k, i := range order {
		order[k] = written[i]
	}
	written = order
	words, starts := make([]string, 0, len(written)), make([][]int32, 0, len(written))
	for len(written) > 0 {
		w := phrases[written[0]][0]
		n := 1
		for n < len(written) && phrases[written[n]][0] == w {
			n++
		}
		words, starts = append(words, w), append(starts, written[:n:n])
		written = written[n:]
	}
	ps.exact = wordTableOf(words, starts)
	return ps
}

// isLooseWord reports whether a phrase's word w matches more than the
// word written (see wordMatches).
func isLooseWord(w string) bool {
	return w != "" && (w[len(w)-1] == '*' || w[len(w)-1] == '+')
}

// wordAt returns the end of the first phrase of word element e that
// matches at unit i. (An entity unit has no lead: indexUnits sets none.)
func (m *matcher) wordAt(e *Elem, i int) (int, bool) {
	if i < len(m.units) && !m.leads.has(i, e.lead) {
		return 0, false
	}
	if e.starts == nil || i >= len(m.units) {
		return m.phraseAt(e.phrases, i)
	}
	// The phrases written out with the unit's word and the loose ones,
	// merged in order: the first that matches wins.
	exact, _ := e.starts.exact.get(m.units[i].norm)
	loose := e.starts.loose
	for len(exact) > 0 || len(loose) > 0 {
		var k int32
		if len(loose) == 0 || len(exact) > 0 && exact[0] < loose[0] {
			k, exact = exact[0], exact[1:]
		} else {
			k, loose = loose[0], loose[1:]
		}
		if j, ok := m.phraseAt(e.phrases[k:k+1], i); ok {
			return j, true
		}
	}
	return 0, false
}
