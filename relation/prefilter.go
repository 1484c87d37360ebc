package relation

import (
	"math/bits"
	"slices"
	"strings"
)

// A phrase index lets the matcher and extractBatch reject, cheaply, what
// cannot match. Once per unit it marks which word elements (Words,
// NotWords) of the patterns may start there, so that a Pattern tests a bit
// where it would look the unit's word up again at every try. Once per
// sentence it gathers the elements a Pattern requires that are present:
// most sentences of a news text have no meeting or visit verb, and most
// have no person for a title to precede, and testing each Pattern's gaps
// there is the bulk of the work otherwise. Both are necessary conditions
// only: what passes still goes through the full matcher.
//
// Every word element has a bit (Elem.lead), which it shares with the
// elements of the same phrases (see phraseLists), as have the stop words
// of a gap (Elem.lead too), the required entities of each set of types and
// the required quotes; a set is a bitSets element of phraseIndex.words
// uint64s.
type phraseIndex struct {
	exact  *wordTable[[]uint64]       // a word → the set of the word elements whose phrases it starts
	byHead *wordTable[[]prefixPhrase] // keyed by the first phraseHeadLen bytes; nil when none
	short  []prefixPhrase             // prefixes and stems shorter than that
	// shortFirst has the first bytes of short's prefixes: the words that
	// start with none (most) need not be tested against each; on Turkish
	// news the tests took 7% of relation.Extract.
	shortFirst [256 / 64]uint64
	quoteBits  []uint64               // the required quotes: present with an opening quote mark
	typeBits   [allTypes + 1][]uint64 // by typeSet of one type: the required entities it may be
	words      int                    // len of a set, in uint64s
	// need lists, by Pattern, its required bits as rows of runSets: the
	// bits some Pattern requires, numbered in order (required is their
	// set); the others (most word elements' leads) are not transposed.
	need     [][]int
	required []uint64
	rowOf    []int // by required bit
	rows     int   // how many
	// A Pattern's key is the one of its required bits that the fewest
	// Patterns require (most often a trigger word of its own): a batch in
	// which no sentence has it rules the Pattern out at once. A short
	// document, a line of news, has few of the keys, and asking, Pattern
	// by Pattern, for the runs that have all its rows took a sixth of
	// relation.Extract on English news lines. keyOf holds, by bit, the
	// set of the Patterns (by index) it is the key of; keys is the set of
	// those bits, and unkeyed the set of the Patterns that require none.
	keyOf   bitSets
	keys    []uint64
	unkeyed []uint64
	// demands is what the Patterns need in the sentence they start in,
	// which tells the sentences where none may match (see demand.go); nil
	// when some Pattern needs nothing there.
	demands sentenceDemands
	// requires holds, by Pattern, the set of its required bits: a Pattern
	// whose key a batch has is possible only if the batch has them all (in
	// a line of news, most have the key alone), which costs less to test
	// here than the runs that have them all to find (runSets.matching).
	requires bitSets
}

// prefixPhrase is a first word "x*" (a prefix) or "x+" (a stem, which the
// word starts with give or take a softened consonant; see hasStem), with
// the set of the word elements that have a phrase it starts: a stem may
// start the phrases of many elements, but is tested once.
type prefixPhrase struct {
	prefix string
	set    []uint64
}

// phraseHeadLen is two Cyrillic letters: one would key most Russian words.
const phraseHeadLen = 4

// buildPhraseIndex gives every word element of p's patterns its bit
// (setting Elem.lead) and indexes the first words of its phrases (here,
// and for the element itself in Elem.starts); it
// indexes the non-optional word elements, quotes and entities of each
// Pattern as required. A match stays in its first sentence until its first
// quote (see take), so only the elements up to that quote are required in
// the sentence it starts in.
func buildPhraseIndex(p *Patterns) *phraseIndex {
	ix := &phraseIndex{}
	var exact, prefixes wordBits               // first words and their bits, until the sets' length is known
	required := make([][]int, len(p.Patterns)) // by Pattern: the bits of its required elements
	var typeBits [allTypes + 1][]int
	var quoteBits []int
	nbits := 0
	// Required entities of one set of types, and all required quotes, are
	// present in the same sentences: they share a bit, which makes the
	// sets shorter (Turkish ones one word where they were two, English
	// three where four) and runSets' transposition cheaper.
	entityBits := map[typeSet]int{}
	quoteBit := -1
	stops := stopBits{bySet: map[string]int{}}
	lists := newPhraseLists() // the word elements' bits, by their phrases
	for pi := range p.Patterns {
		requiring := true
		for ei := range p.Patterns[pi].Elems {
			e := &p.Patterns[pi].Elems[ei]
			if e.op == opWord || e.op == opNotWord || e.op == opAheadWord {
				if l, ok := lists.find(e.phrases); ok {
					e.lead, e.starts = l.bit, l.starts
				} else {
					e.lead = nbits
					nbits++
					e.starts = phraseStartsOf(e.phrases)
					for _, ph := range e.phrases {
						if len(ph) > 0 {
							addFirstWord(&exact, &prefixes, ph[0], e.lead, p.StemPrefix)
						}
					}
					lists.add(phraseList{phrases: e.phrases, bit: e.lead, starts: e.starts})
				}
			}
			if e.op == opGap && len(e.stopWords) > 0 {
				e.lead = stops.bit(&exact, e.stopWords, &nbits)
			}
			if !requiring || e.opt {
				requiring = requiring && e.op != opQuote
				continue
			}
			switch e.op {
			case opWord:
				required[pi] = append(required[pi], e.lead)
			case opEnt:
				bit, ok := entityBits[e.types]
				if !ok {
					bit = nbits
					nbits++
					entityBits[e.types] = bit
					for t := typeSet(1); t <= allTypes; t <<= 1 {
						if e.types&t != 0 {
							typeBits[t] = append(typeBits[t], bit)
						}
					}
				}
				required[pi] = append(required[pi], bit)
			case opQuote:
				if quoteBit < 0 {
					quoteBit = nbits
					nbits++
					quoteBits = append(quoteBits, quoteBit)
				}
				required[pi] = append(required[pi], quoteBit)
				requiring = false
			}
		}
	}
	ix.words = (nbits + 63) / 64
	sets := setArena{words: ix.words}
	words, wordSets := make([]string, 0, len(exact)), make([][]uint64, 0, len(exact))
	exact.groups(func(w string, bits []int) {
		words, wordSets = append(words, w), append(wordSets, sets.setOf(bits))
	})
	ix.exact = wordTableOf(words, wordSets)
	byHead := map[string][]prefixPhrase{}
	prefixes.groups(func(prefix string, bits []int) {
		t := prefixPhrase{prefix: prefix, set: sets.setOf(bits)}
		if len(prefix) < phraseHeadLen {
			ix.short = append(ix.short, t)
			if prefix == "" { // "*": every word
				ix.shortFirst = [256 / 64]uint64{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)}
			} else {
				ix.shortFirst[prefix[0]/64] |= 1 << (prefix[0] % 64)
			}
			return
		}
		head := prefix[:phraseHeadLen]
		byHead[head] = append(byHead[head], t)
	})
	if len(byHead) > 0 { // English has none: its words would be looked up for nothing
		ix.byHead = newWordTable(byHead)
	}
	for t, bs := range typeBits {
		ix.typeBits[t] = ix.setOf(bs)
	}
	ix.quoteBits = ix.setOf(quoteBits)
	ix.setRequired(required, nbits)
	ix.demands = demandsOf(p.Patterns)
	return ix
}

// setRequired sets need, required, rowOf and rows from the required bits
// of each Pattern, of nbits bits.
func (ix *phraseIndex) setRequired(required [][]int, nbits int) {
	ix.required = ix.setOf(slices.Concat(required...))
	ix.rowOf = make([]int, nbits)
	for w, set := range ix.required {
		for ; set != 0; set &= set - 1 {
			ix.rowOf[w*64+bits.TrailingZeros64(set)] = ix.rows
			ix.rows++
		}
	}
	// A Pattern's rows are read off its set of required bits (requires),
	// in one slice of its length, with no set or slice made on the way.
	ix.need = make([][]int, len(required))
	ix.requires = bitSets{bits: make([]uint64, len(required)*ix.words), words: ix.words}
	for pi, req := range required {
		set, n := markBits(ix.requires.set(pi), req), 0
		for _, word := range set {
			n += bits.OnesCount64(word)
		}
		if n == 0 {
			continue
		}
		ix.need[pi] = make([]int, 0, n)
		for w, word := range set {
			for ; word != 0; word &= word - 1 {
				ix.need[pi] = append(ix.need[pi], ix.rowOf[w*64+bits.TrailingZeros64(word)])
			}
		}
	}
	ix.setKeys(required, nbits)
}

// setKeys sets keyOf, keys and unkeyed from the required bits
// of each Pattern, of nbits bits, and their sets (requires).
func (ix *phraseIndex) setKeys(required [][]int, nbits int) {
	patternWords := (len(required) + 63) / 64
	ix.keyOf = bitSets{bits: make([]uint64, nbits*patternWords), words: patternWords}
	ix.keys = ix.setOf(nil)
	ix.unkeyed = make([]uint64, patternWords)
	requiring := make([]int, nbits) // by bit, how many Patterns require it
	for pi := range required {
		for w, word := range ix.requires.set(pi) {
			for ; word != 0; word &= word - 1 {
				requiring[w*64+bits.TrailingZeros64(word)]++
			}
		}
	}
	for pi, req := range required {
		if len(req) == 0 {
			markBits(ix.unkeyed, []int{pi})
			continue
		}
		key := slices.MinFunc(req, func(a, b int) int { return requiring[a] - requiring[b] })
		markBits(ix.keyOf.set(key), []int{pi})
		markBits(ix.keys, []int{key})
	}
}

// stopBits gives the gaps' stop words their bits (see bit).
type stopBits struct {
	bySet map[string]int // by the words, sorted and joined
	// asWritten holds the lists seen, as written: most gaps repeat
	// another's list word for word (the negations of a language), which is
	// found without sorting and joining it (a ninth of indexing English
	// patterns).
	asWritten []stopList
}

type stopList struct {
	words []string
	bit   int
}

// bit returns the bit of the units that are one of a gap's stop words,
// shared by the gaps with the same words: the bit of a word element, but
// for a word taken as written (no prefix or stem). A gap tests it at every
// unit it crosses, where it looked the unit's word up in a map (2% of
// relation.Extract on English and Russian news).
func (sb *stopBits) bit(exact *wordBits, words []string, nbits *int) int {
	for _, l := range sb.asWritten {
		if slices.Equal(l.words, words) {
			return l.bit
		}
	}
	sorted := slices.Sorted(slices.Values(words))
	key := strings.Join(sorted, "\x00")
	bit, ok := sb.bySet[key]
	if !ok {
		bit = *nbits
		*nbits++
		sb.bySet[key] = bit
		for _, w := range slices.Compact(sorted) {
			exact.add(w, bit)
		}
	}
	sb.asWritten = append(sb.asWritten, stopList{words, bit})
	return bit
}

// setArena hands out the bit sets of the words that open phrases from
// arrays of 256 sets: one allocation each was an eighth of the allocations
// of indexing a language's patterns, which a program's first sentence
// waits for.
type setArena struct {
	free  []uint64
	words int // the length of a set, in uint64s
}

func (a *setArena) setOf(bits []int) []uint64 {
	if len(a.free) < a.words {
		a.free = make([]uint64, 256*a.words)
	}
	set := a.free[:a.words:a.words]
	a.free = a.free[a.words:]
	return markBits(set, bits)
}

func (ix *phraseIndex) setOf(bits []int) []uint64 {
	return markBits(make([]uint64, ix.words), bits)
}

// markBits sets bits in set and returns it.
func markBits(set []uint64, bits []int) []uint64 {
	for _, bit := range bits {
		set[bit/64] |= 1 << (bit % 64)
	}
	return set
}

// addFirstWord adds bit, of an element with a phrase that starts with
// w, to w's bits in exact, or to those of its prefix in prefixes.
func addFirstWord(exact, prefixes *wordBits, w string, bit int, stemPrefix func(string) string) {
	switch {
	case strings.HasSuffix(w, "*"):
		prefixes.add(w[:len(w)-1], bit)
	case strings.HasSuffix(w, "+"):
		prefixes.add(stemPrefix(w[:len(w)-1]), bit) // as hasStem requires
	default:
		exact.add(w, bit)
	}
}

// wordBits gathers words (or prefixes) with the bits of the elements they
// start, as pairs, until the sets' length is known: a map of a slice of
// bits by word made a slice a word, a seventh of what indexing a
// language's patterns allocated.
type wordBits []wordBit

type wordBit struct {
	word string
	bit  int
}

func (wb *wordBits) add(w string, bit int) { *wb = append(*wb, wordBit{w, bit}) }

// groups calls f with each word and its bits (in a slice that f may not
// keep), in the order of a word table (tableOrder), which the table of the
// words then needs no sort to be made in.
func (wb wordBits) groups(f func(w string, bits []int)) {
	order := tableOrder(len(wb), func(i int) string { return wb[i].word })
	var bits []int
	for k, i := range order {
		bits = append(bits, wb[i].bit)
		if k+1 == len(order) || wb[order[k+1]].word != wb[i].word {
			f(wb[i].word, bits)
			bits = bits[:0]
		}
	}
}

// bitSets is a sequence of bit sets of one length, in one slice.
type bitSets struct {
	bits  []uint64
	words int // len of a set, in uint64s
}

func (s bitSets) set(i int) []uint64 { return s.bits[i*s.words : (i+1)*s.words] }

func (s bitSets) has(i, bit int) bool { return s.bits[i*s.words+bit/64]&(1<<(bit%64)) != 0 }

// indexUnits sets, in b.leads, the word elements that may start at each
// unit, and returns, for each sentence of the units from base on, the set
// of required elements present in it: trigger phrases that start
// somewhere in it, quotes, and entities of a required type.
//
// A sentence that has not what any Pattern needs (ix.demands) is tried by
// none, and keeps an empty set: a quarter of the words of news stand in
// such sentences (a sixth where there is neither an entity nor a quote,
// a tenth where the one entity is a place), and were looked up for
// nothing. Only its first unit is indexed (see mayBeReached), or all of
// them where a quote mark may lead a match from another sentence into it.
func (m *matcher) indexUnits(ix *phraseIndex, b *matcherBuffers) (sentences bitSets, base int) {
	b.leads = resize(b.leads, len(m.units)*ix.words)
	clear(b.leads)
	m.leads = bitSets{bits: b.leads, words: ix.words}
	if ix.words == 0 || len(m.units) == 0 {
		return bitSets{}, 0
	}
	base = m.units[0].sent
	b.sentenceSets = resize(b.sentenceSets, (m.units[len(m.units)-1].sent-base+1)*ix.words)
	clear(b.sentenceSets)
	sentences = bitSets{bits: b.sentenceSets, words: ix.words}
	marks := b.quoteMarks
	for r, run := range b.runs {
		end, ents := len(m.units), len(b.entStarts)
		if r+1 < len(b.runs) {
			end, ents = b.runs[r+1].units, b.runs[r+1].ents
		}
		for len(marks) > 0 && marks[0] < run.units {
			marks = marks[1:]
		}
		marked, quoted := false, false // a quote mark in the run; an opening one that is paired
		for _, k := range marks {
			if k >= end {
				break
			}
			marked, quoted = true, quoted || m.units[k].quoteEnd >= 0
		}
		sent := sentences.set(run.sent - base)
		live := ix.demands.live(m.units, b.entStarts[run.ents:ents], quoted)
		if !live && !marked && !m.mayBeReached(run.units) {
			end = run.units + 1
		}
		for i := run.units; i < end; i++ {
			m.indexUnit(ix, i, sent)
		}
		if !live {
			clear(sent) // no Pattern is tried here
		}
	}
	return sentences, base
}

// mayBeReached reports whether a match that starts in another sentence
// may go on at unit i, the first of its sentence, and from there through
// the sentence: one that crossed a quotation whose closing mark is the
// unit before (see step's opQuote, quoteRest). Any other match ends in
// its own sentence (take), having tested no element further than the
// next sentence's first unit (a look-ahead after its last unit), which
// indexUnits therefore indexes in every sentence.
func (m *matcher) mayBeReached(i int) bool {
	return i > 0 && m.units[i-1].ent < 0 && isQuoteMark(m.units[i-1].norm)
}

// indexUnit sets the leads of unit i, and the bits of sentence set sent
// it gives.
func (m *matcher) indexUnit(ix *phraseIndex, i int, sent []uint64) {
	u := &m.units[i]
	if u.ent >= 0 {
		or(sent, ix.typeBits[u.types])
		return
	}
	// Most units start no phrase: their leads stay empty, and their
	// sentence's set as it was.
	leads, found := m.leads.set(i), false
	if set, ok := ix.exact.get(u.norm); ok {
		or(leads, set) // a copy (leads is empty), without memmove's call
		found = true
	}
	if len(u.norm) >= phraseHeadLen && ix.byHead != nil {
		if ts, ok := ix.byHead.get(u.norm[:phraseHeadLen]); ok {
			found = markPrefixes(leads, u.norm, ts) || found
		}
	}
	if len(ix.short) > 0 && (u.norm == "" || ix.shortFirst[u.norm[0]/64]&(1<<(u.norm[0]%64)) != 0) {
		found = markPrefixes(leads, u.norm, ix.short) || found
	}
	if found {
		or(sent, leads)
	}
	if u.quoteEnd >= 0 {
		or(sent, ix.quoteBits)
	}
}

func or(dst, src []uint64) {
	for w, bits := range src {
		dst[w] |= bits
	}
}

// markPrefixes sets the bits of the phrases whose first word norm may be:
// it starts with their prefix, and reports whether it set any. For a stem
// that is not certain, but the morphology that would tell is costly, and
// the matcher applies it anyway where a Pattern tests the word.
func markPrefixes(set []uint64, norm string, ts []prefixPhrase) bool {
	marked := false
	for _, t := range ts {
		if strings.HasPrefix(norm, t.prefix) {
			or(set, t.set)
			marked = true
		}
	}
	return marked
}

// runSets holds, for every bit of the phrase index that a Pattern
// requires, the set of the runs (of startUnits, the last left out) whose
// sentence has it: the runs where a Pattern may match are those in the
// sets of all its required bits, found a word of runs at a time. Testing
// each run's sentence set for each Pattern took a tenth of
// relation.Extract on English news, where most Patterns may match in few
// of the sentences; the run sets save 4% of it on the news of each
// language.
type runSets struct {
	bitSets     // by row (phraseIndex.need); a set's word w has runs [64w, 64w+64)
	runs    int // how many
	// possible is the set of the Patterns (by index) whose key some run
	// has, and those without one: the others match in none.
	possible []uint64
}

// runSets transposes the sentence sets of indexUnits to the runs, in b,
// but for a batch of a single run, where the possible Patterns are those
// that may match in it. A run whose sentence has no set (none of the
// units' from base on) has every bit: nothing rules a Pattern out there.
func (ix *phraseIndex) runSets(sentences bitSets, base int, runs []sentenceRun, b *matcherBuffers) runSets {
	n := len(runs) - 1
	rs := runSets{runs: n, possible: ix.possible(sentences, base, runs[:n], b)}
	if n == 1 {
		return rs // see matching
	}
	words, rows := (n+63)/64, ix.rows
	b.runSets = resize(b.runSets, rows*words)
	clear(b.runSets)
	rs.bitSets = bitSets{bits: b.runSets, words: words}
	for r := range n {
		sent := runs[r].sent - base
		if sent < 0 || sent*sentences.words >= len(sentences.bits) {
			for row := range rows {
				rs.bits[row*words+r/64] |= 1 << (r % 64)
			}
			continue
		}
		for w, set := range sentences.set(sent) {
			for set &= ix.required[w]; set != 0; set &= set - 1 {
				row := ix.rowOf[w*64+bits.TrailingZeros64(set)]
				rs.bits[row*words+r/64] |= 1 << (r % 64)
			}
		}
	}
	return rs
}

// possible returns the set of the Patterns whose key one of runs has in
// its sentence set (or has no set), or that have none, and whose other
// required bits the runs have too, in b.possible.
func (ix *phraseIndex) possible(sentences bitSets, base int, runs []sentenceRun, b *matcherBuffers) []uint64 {
	b.keysPresent = resize(b.keysPresent, len(ix.keys))
	present := b.keysPresent
	clear(present)
	for _, run := range runs {
		sent := run.sent - base
		if sent < 0 || sent*sentences.words >= len(sentences.bits) {
			for w := range present {
				present[w] = ^uint64(0) // no set: every bit
			}
			break
		}
		or(present, sentences.set(sent))
	}
	b.possible = resize(b.possible, len(ix.unkeyed))
	possible := b.possible
	copy(possible, ix.unkeyed)
	for w, set := range present {
		for set &= ix.keys[w]; set != 0; set &= set - 1 {
			or(possible, ix.keyOf.set(w*64+bits.TrailingZeros64(set)))
		}
	}
	for w, set := range possible {
		for ; set != 0; set &= set - 1 {
			pi := w*64 + bits.TrailingZeros64(set)
			if !subset(ix.requires.set(pi), present) {
				possible[w] &^= 1 << (pi % 64)
			}
		}
	}
	return possible
}

// subset reports whether every bit of a is in b (of the same length).
func subset(a, b []uint64) bool {
	for w, bits := range a {
		if bits&^b[w] != 0 {
			return false
		}
	}
	return true
}

// runWords returns the number of words of a set of runs: matching takes
// the runs a word at a time.
func (rs runSets) runWords() int {
	if rs.runs == 1 {
		return 1 // see matching
	}
	return rs.words
}

// matching returns the set of the runs [64w, 64w+64) whose sentences have
// every row of need, the rows of a Pattern in possible.
func (rs runSets) matching(need []int, w int) uint64 {
	if rs.runs == 1 {
		// A batch of one run (most lines of news) is not transposed:
		// possible has ruled out the Patterns it lacks a bit of.
		return 1
	}
	in := ^uint64(0)
	if last := rs.runs - w*64; last < 64 {
		in = 1<<last - 1
	}
	for _, row := range need {
		in &= rs.bits[row*rs.words+w]
	}
	return in
}

// A sentenceRun is a maximal run of consecutive units of one sentence,
// where Patterns are tried or skipped together.
type sentenceRun struct {
	sent int
	// Where the run starts in the units (and allStarts), entStarts and
	// quoteStarts; the next run's fields end it.
	units, ents, quotes int
}

// startUnits lists the indices of all units, and of the units where a
// Pattern starting with an entity, or with a quote, may start, and their
// sentence runs, followed by one that ends the last, in b's slices (kept
// there for the next batch). buildUnits has listed the entity units, the
// quote marks and the runs (but for where each starts in the quotes).
func (m *matcher) startUnits(b *matcherBuffers) (all, entities, quotes []int, runs []sentenceRun) {
	for i := len(b.allStarts); i < len(m.units); i++ {
		b.allStarts = append(b.allStarts, i) // kept: b.allStarts[i] is i in every batch
	}
	all, entities, quotes, runs = b.allStarts[:len(m.units)], b.entStarts, b.quoteStarts[:0], b.runs
	for _, i := range b.quoteMarks {
		if m.units[i].quoteEnd >= 0 {
			quotes = append(quotes, i)
		}
	}
	q := 0
	for r := range runs {
		for q < len(quotes) && quotes[q] < runs[r].units {
			q++
		}
		runs[r].quotes = q
	}
	runs = append(runs, sentenceRun{sent: -1, units: len(m.units), ents: len(entities), quotes: len(quotes)})
	b.quoteStarts, b.runs = quotes, runs
	return all, entities, quotes, runs
}
