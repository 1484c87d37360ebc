package ner

import (
	"math"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// tagBuffers are the per-call scratch buffers of Tag, pooled so that
// tagging does not allocate in the steady state.
type tagBuffers struct {
	attrs  []tokenAttrs
	feats  []uint64
	sums   [][numLabels]int32   // each token's emission scores, as summed (score)
	ends   []int                // where each token's keys end in feats (score)
	em     [][numLabels]float32 // training's emission scores (perceptron.learn)
	back   [][numLabels]int8
	labels []int
	gaz    []gazetteer.Match // the sentence's gazetteer matches
	words  *wordCache        // made on first use; kept with the buffers
	ents   []*wordEntry      // each token's entry in words (see fillAttrsCached)
	// near[j+2] are the neighbour sums of token j, from j = -2 to n+1
	// (placeNeighbours): a cache entry's, a spare's or an edge's.
	near   []*neighbourSums
	spare  []neighbourSums     // the neighbour sums of the words the cache does not hold, by token
	edges  [2]neighbourSums    // those of the sentence's start and end markers
	rowDst []*[numLabels]int32 // scratch for placeNeighbours
	held   []bool              // scratch for appendContexts, n+1 long (pairsHeld)
	// uncached are the own sums of the token whose word the cache does
	// not hold (ownParts), until score adds them.
	uncached [numLabels]int32
}

func (m *Model) buffers(n int) *tagBuffers {
	b, _ := m.bufs.Get().(*tagBuffers)
	if b == nil {
		b = m.newBuffers()
	}
	b.fit(n)
	return b
}

// newBuffers returns new buffers, with the neighbour sums of the
// sentence's start and end markers.
func (m *Model) newBuffers() *tagBuffers {
	b := &tagBuffers{feats: make([]uint64, 0, maxFeatures*2)}
	var dst []*[numLabels]int32
	for k, a := range [2]*tokenAttrs{&bosAttrs, &eosAttrs} {
		b.feats, dst = appendNeighbourKeys(nil, a, &b.edges[k], b.feats, dst)
	}
	m.table.addRows(b.feats, dst)
	return b
}

// fit makes b's buffers n tokens long.
func (b *tagBuffers) fit(n int) {
	if cap(b.attrs) < n {
		c := max(n, 64)
		b.attrs = make([]tokenAttrs, c)
		b.sums = make([][numLabels]int32, c)
		b.ends = make([]int, c)
		b.back = make([][numLabels]int8, c)
		b.labels = make([]int, c)
		b.ents = make([]*wordEntry, c)
		b.near = make([]*neighbourSums, c+4)
		b.spare = make([]neighbourSums, c)
		b.held = make([]bool, c+1)
	}
	b.attrs, b.sums, b.ends, b.held = b.attrs[:n], b.sums[:n], b.ends[:n], b.held[:n+1]
	b.back, b.labels, b.ents, b.near, b.spare = b.back[:n], b.labels[:n], b.ents[:n], b.near[:n+4], b.spare[:n]
}

// Tag finds the entities in one sentence's tokens. l supplies folding and
// morphology (nil: tokens' Norm and no morphology features) and g the
// gazetteer (nil: no gazetteer features); pass the same ones the model was
// trained with. The gazetteer is both a feature and a fallback: its
// organizations that the model missed are added, and an unsure model span
// that a confident gazetteer entry names exactly takes the entry's type.
// Spans are in token order, non-overlapping, never start or end on an
// apostrophe suffix, punctuation or symbol token, and never hold a
// bracket or a quotation mark that they do not hold as a pair (runMarks).
// Score is a calibrated confidence in (0, 1]. Tag does not allocate
// beyond the returned slice (buffers are pooled) and is safe for
// concurrent use.
func (m *Model) Tag(toks []lang.Token, l lang.Language, g *gazetteer.Gazetteer) []annotation.Span {
	var matches []gazetteer.Match
	if g != nil && len(toks) > 0 {
		matches = g.Match(toks, l)
	}
	return m.TagMatched(toks, l, matches)
}

// TagMatched is Tag given the gazetteer's matches over toks, which the
// Extractor has already computed for its own merge.
func (m *Model) TagMatched(toks []lang.Token, l lang.Language, matches []gazetteer.Match) []annotation.Span {
	return dropMisc(m.tagMatched(nil, toks, l, matches))
}

// TagMatchedInto is TagMatched with its result in buf's array, which it
// grows as needed and leaves in *buf for the next call: a caller tagging
// a document sentence by sentence then allocates no span slice per
// sentence. The result is valid until the next call with the same buf.
func (m *Model) TagMatchedInto(buf *[]annotation.Span, toks []lang.Token, l lang.Language, matches []gazetteer.Match) []annotation.Span {
	return dropMisc(m.tagMatched(buf, toks, l, matches))
}

// TagMatchedMisc is TagMatched that also returns, apart, the spans the
// model read as names of other kinds (MISC: products, works, events,
// nationalities), which TagMatched drops: a rule that guesses a name's
// type from its form alone can leave these out. Both are in token order
// and share one slice (misc follows spans in it); misc is empty when
// there are none.
func (m *Model) TagMatchedMisc(toks []lang.Token, l lang.Language, matches []gazetteer.Match) (spans, misc []annotation.Span) {
	return m.TagMatchedMiscInto(nil, toks, l, matches)
}

// TagMatchedMiscInto is TagMatchedMisc with its results in buf's array,
// as TagMatchedInto.
func (m *Model) TagMatchedMiscInto(buf *[]annotation.Span, toks []lang.Token, l lang.Language, matches []gazetteer.Match) (spans, misc []annotation.Span) {
	all := m.tagMatched(buf, toks, l, matches)
	var held [8]annotation.Span // the MISC spans while the others move up
	n, extra := 0, []annotation.Span(nil)
	out := all[:0]
	for _, sp := range all {
		switch {
		case sp.Type != annotation.Misc:
			out = append(out, sp)
		case n < len(held):
			held[n] = sp
			n++
		default:
			extra = append(extra, sp)
		}
	}
	k := len(out)
	copy(all[k+copy(all[k:], held[:n]):], extra)
	if k == 0 {
		return nil, all
	}
	return all[:k:k], all[k:] // appending to spans does not overwrite misc
}

// tagMatched is TagMatched with the MISC spans, in *buf's array when buf
// is not nil (see TagMatchedInto).
func (m *Model) tagMatched(buf *[]annotation.Span, toks []lang.Token, l lang.Language, matches []gazetteer.Match) []annotation.Span {
	if len(toks) == 0 {
		return nil
	}
	b := m.buffers(len(toks))
	defer func() {
		b.gaz = nil // do not keep the caller's entries alive
		m.bufs.Put(b)
	}()
	m.decode(toks, l, matches, b)
	var spans []annotation.Span
	if n := countSpans(b.labels); n+len(matches) > 0 {
		// Room for the model's spans and, as most are, the gazetteer's
		// matches among them: appending grew the slice two or three times.
		if buf != nil && cap(*buf) >= n+len(matches) {
			spans = (*buf)[:0]
		} else {
			spans = make([]annotation.Span, 0, n+len(matches))
		}
	}
	for i := 0; i < len(toks); {
		y := b.labels[i]
		if y == labelO {
			i++
			continue
		}
		inside := y
		if !isInside(y) {
			inside = y + 1
		}
		j := i + 1
		for j < len(toks) && b.labels[j] == inside {
			j++
		}
		// An opening bracket ends a name and starts another: "Kürdistan
		// Demokrat Partisi (KDP)" is two mentions of the party. So does a
		// comma in a place or person ("Birmingham, Birleşik Krallık"),
		// though not in an organization, whose name may list its fields
		// ("Eğitim, Bilim ve Kültür Emekçileri Sendikası"). So do a
		// closing bracket and a quotation mark that the run does not hold
		// as a pair (runMarks).
		marks := marksOf(toks, i, j)
		for k := i; k < j; {
			end := k + 1
			for end < j && !endsName(toks[end], labelTypes[y]) && !marks.cuts(toks, end) {
				end++
			}
			// A piece after a cut must open like a name and be no
			// quotation; the run's first piece is the model's own.
			if k == i || !marks.cuts(toks, k) || opensName(toks, k, end) && !quotation(toks, k, end, j) {
				spans = m.appendSpan(spans, toks, b, k, end, labelTypes[y])
			}
			k = end
		}
		i = j
	}
	if len(matches) > 0 {
		// MISC spans take part in the merge, so that the gazetteer does
		// not pull an organization out of a longer name of another kind
		// (UEFA in UEFA Şampiyonlar Ligi), and are dropped after it.
		spans = m.addGazetteerSpans(toks, b, spans)
	}
	if buf != nil && cap(spans) > cap(*buf) {
		*buf = spans[:0]
	}
	return spans
}

// countSpans returns the number of labelled runs, which is about the
// number of spans the labels give.
func countSpans(labels []int) int {
	n := 0
	for i, y := range labels {
		if y != labelO && (!isInside(y) || i == 0 || labels[i-1] == labelO) {
			n++
		}
	}
	return n
}

// appendSpan appends the span of type typ over tokens [first, last), less
// the tokens that may not start or end a name and, for a person, the
// titles at its edges; nothing if no token is left.
func (m *Model) appendSpan(spans []annotation.Span, toks []lang.Token, b *tagBuffers, first, last int, typ annotation.Type) []annotation.Span {
	for first < last && !edgeKind(toks[first].Kind) {
		first++
	}
	for last > first && !edgeKind(toks[last-1].Kind) {
		last--
	}
	if typ == annotation.Person {
		first, last = trimTitles(b.attrs, first, last)
	}
	if first < last {
		spans = append(spans, annotation.Span{First: first, Last: last, Type: typ, Score: m.spanScore(b, first, last)})
	}
	return spans
}

// endsName reports whether token t, inside a span of type typ, ends one
// name and starts another: an opening bracket, or a comma in a place or a
// person.
func endsName(t lang.Token, typ annotation.Type) bool {
	if t.Kind != lang.Punct {
		return false
	}
	switch t.Text {
	case "(", "[":
		return true
	case ",":
		return typ == annotation.Location || typ == annotation.Person
	}
	return false
}

// dropMisc removes the MISC spans, in place.
func dropMisc(spans []annotation.Span) []annotation.Span {
	out := spans[:0]
	for _, sp := range spans {
		if sp.Type != annotation.Misc {
			out = append(out, sp)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// trimTitles drops honorifics and role words at the edges of a person
// span (Sayın Süleyman Demirel → Süleyman Demirel, Mesut Bey → Mesut):
// news annotation and the relation extractor treat them as context, not
// as part of the name. A span made only of such words is left alone.
// A trailing honorific that the language keeps in the name stays (Turkish
// Paşa: Enver Paşa; see lang.NameCues.TitleInName).
func trimTitles(attrs []tokenAttrs, first, last int) (int, int) {
	f, l := first, last
	for f < l && (attrs[f].trig == lang.PersonTitle || attrs[f].trig == lang.PersonRole) {
		f++
	}
	for l > f && attrs[l-1].trig == lang.PersonTitle && !attrs[l-1].titleInName {
		l--
	}
	if f == l {
		return first, last
	}
	return f, l
}

// edgeKind reports whether a token of kind k may start or end a span:
// apostrophe suffixes, punctuation and symbols may not ("( SPD )" → SPD).
func edgeKind(k lang.Kind) bool {
	return k != lang.Suffix && k != lang.Punct && k != lang.Symbol
}

// decode computes emission scores for toks into b.sums and the best label
// sequence into b.labels.
func (m *Model) decode(toks []lang.Token, l lang.Language, matches []gazetteer.Match, b *tagBuffers) {
	m.score(toks, l, matches, b, m.warmed(len(toks)))
	viterbi(b.sums, b.attrs, &m.trans, m.bound, b.back, b.labels)
}

// spanScore is the mean, over the span's tokens, of the decoded label's
// probability under a softmax of the local (emission + transition) scores
// at the calibrated temperature.
func (m *Model) spanScore(b *tagBuffers, first, last int) float64 {
	temp := float64(m.temp)
	if temp <= 0 {
		temp = 1
	}
	sum := 0.0
	for t := first; t < last; t++ {
		sum += localProb(b, &m.trans, t, temp)
	}
	return sum / float64(last-first)
}

func localProb(b *tagBuffers, trans *transitions, t int, temp float64) float64 {
	prev := -1
	if t > 0 {
		prev = b.labels[t-1]
	}
	em, tr, label := &b.sums[t], &trans[b.attrs[t].cls][prev+1], b.labels[t]
	// The labels prev allows, as bits: allowed's tests, and max's for NaN
	// and signed zeros (the scores are sums of integers, never NaN, and
	// the sign of a zero best does not change exp(s - best)), took more
	// than half of localProb's instructions.
	ok := allowedAfter[prev+1]
	if b.attrs[t].cls == clsSuffix {
		ok &= 1 << labelO // as viterbi has it (calibrate asks about such tokens where the gold label is not O)
	}
	var s [numLabels]float64
	best := math.Inf(-1)
	for y := range numLabels {
		if ok&(1<<y) != 0 {
			s[y] = float64(float32(em[y]) + tr[y])
			if s[y] > best {
				best = s[y]
			}
		}
	}
	// A label that prev does not allow would add exp(-Inf), 0, to z: it
	// is left out, and the decoded label's term, which the sum computes,
	// is kept rather than computed again.
	z, p := 0.0, 0.0
	for y := range numLabels {
		if ok&(1<<y) != 0 {
			e := math.Exp((s[y] - best) / temp)
			z += e
			if y == label {
				p = e
			}
		}
	}
	return p / z
}

// allowedAfter[prev+1] has bit y set when label y may follow label prev
// (allowed; prev = -1 at the start of a sentence).
var allowedAfter = func() (a [numLabels + 1]uint16) {
	for prev := -1; prev < numLabels; prev++ {
		for y := range numLabels {
			if allowed(prev, y) {
				a[prev+1] |= 1 << y
			}
		}
	}
	return a
}()
