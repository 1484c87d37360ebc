package ner

import "github.com/varlik/varlik/lang"

// wordCacheSize is the number of words a tagging buffer keeps: news
// repeats its function words and names, so most tokens of an article
// find their word here. A word may stand in either of the two entries of
// its set, the one less recently used making room: on 2.3 MB of Turkish
// parliament, treebank and news sentences, 8% fewer words missed than
// with one place a word (115,029 → 105,562 of 330,313). On 1.9 MB of
// NTREX, ParlaMint and UD Turkish text, 4,096 words missed 35.7% of the
// tokens, 8,192 29.5% and 16,384 24.2%. An entry is 208 bytes (wordOwn,
// and 40 for plainSums): 8,192 of them take 1.7 MB a buffer; with
// 168-byte entries tag -split line on 15 MB of news peaked at 53 MB, and
// with 296-byte entries at 60 MB.
const (
	wordCacheSize = 8192
	wordCacheSets = wordCacheSize / 2
)

// maxCachedWord bounds the words kept: longer tokens seldom repeat, and
// a word's hash and comparison cost its length.
const maxCachedWord = 48

// wordCache keeps, per tagging buffer (one goroutine at a time), what a
// token's own text decides: its attributes that depend on the word alone
// (featureSet.wordAttrs), the sum of the weight rows of its word-part
// features (appendFeatures with wordPart), and the rows of its folded
// form as a neighbour of another token (neighbourPart). It is
// direct-mapped by a hash of the text and kind, and an entry is used only
// when its text and kind are the token's, so tagging gives exactly what
// computing everything again would (TestWordCacheExact): the weights are
// integers, whose sum does not depend on the order of the terms. An
// entry's text is the token's substring: the buffers live in a sync.Pool,
// which lets them go at the next collections, and with them the texts.
type wordCache struct {
	lang    string                   // the language the entries were made for
	filled  bool                     // an entry was kept since the cache was made or emptied
	entries [wordCacheSize]wordEntry // set s holds entries 2s and 2s+1
	recent  [wordCacheSets]uint8     // by set, its entry used last (0 or 1)
}

type wordEntry struct {
	text   string
	kind   lang.Kind
	own    wordOwn // the word's attributes that context features read
	sums   [numLabels]int32
	summed bool // sums holds the word part's weights
	// plainSums is the sum of the word's ownContextPart rows with neither
	// context bit set (most tokens), known when plainSummed is set.
	plainSums   [numLabels]int32
	plainSummed bool
	// asNeighbour[r] is the weight row of the word as neighbour r
	// (neighbourTemplates), known when bit r of neighbourKnown is set.
	asNeighbour    [len(neighbourTemplates)]rowWeights
	neighbourKnown uint8
}

// wordOwn are the attributes of a word (featureSet.wordAttrs) that the
// features of its context read. The others are the word part's (affixes,
// stem and case), which an entry holds summed in sums, or the sentence's
// (gazetteer, run, verb, position), which fillAttrsCached sets afresh;
// keeping only these saves 128 bytes an entry.
type wordOwn struct {
	norm, shape uint64
	clu         uint32
	lex         uint16
	cls         uint8
	trig        lang.Cue
	titleInName bool
}

func ownOf(a *tokenAttrs) wordOwn {
	return wordOwn{norm: a.norm, shape: a.shape, clu: a.clu, lex: a.lex, cls: a.cls, trig: a.trig, titleInName: a.titleInName}
}

// restore sets a to the attributes o holds, the others zero.
func (o *wordOwn) restore(a *tokenAttrs) {
	*a = tokenAttrs{norm: o.norm, shape: o.shape, clu: o.clu, lex: o.lex, cls: o.cls, trig: o.trig, titleInName: o.titleInName}
}

// neighbourTemplates are the templates of the neighbourPart features, by
// the offset of the neighbour from the token they describe.
var neighbourTemplates = [...]struct {
	offset   int
	template uint64
}{{-1, tNormM1}, {1, tNormP1}, {-2, tNormM2}, {2, tNormP2}}

// use empties the cache when it was filled for another language (a new
// cache is empty already: clearing it would touch every page of it).
func (c *wordCache) use(l lang.Language) {
	code := ""
	if l != nil {
		code = l.Code()
	}
	if code != c.lang {
		if c.filled {
			c.entries = [wordCacheSize]wordEntry{}
			c.recent = [wordCacheSets]uint8{}
		}
		c.lang, c.filled = code, false
	}
}

// set returns the set of t's word.
func (c *wordCache) set(t *lang.Token) int {
	return int(mix64(hashString(t.Text)^uint64(t.Kind)) % wordCacheSets)
}

// entry returns t's entry, or nil when the cache does not hold t's word
// (or c is nil).
func (c *wordCache) entry(t *lang.Token) *wordEntry {
	if c == nil || len(t.Text) > maxCachedWord {
		return nil
	}
	s := c.set(t)
	for way := range 2 {
		if e := &c.entries[2*s+way]; e.holds(t) {
			c.recent[s] = uint8(way)
			return e
		}
	}
	return nil
}

// holds reports whether e is the entry of t's word.
func (e *wordEntry) holds(t *lang.Token) bool {
	return e.text == t.Text && e.kind == t.Kind && e.text != ""
}

// keep stores the word attributes a of t, evicting the word of its set
// used less recently, and returns t's entry (nil when t is not kept).
func (c *wordCache) keep(t *lang.Token, a *tokenAttrs) *wordEntry {
	if c == nil || len(t.Text) > maxCachedWord {
		return nil
	}
	s := c.set(t)
	way := 1 - c.recent[s]
	c.recent[s] = way
	e := &c.entries[2*s+int(way)]
	*e = wordEntry{text: t.Text, kind: t.Kind, own: ownOf(a)}
	c.filled = true
	return e
}

// current returns the entry fillAttrsCached recorded for token j (nil
// when ents is).
func current(ents []*wordEntry, j int) *wordEntry {
	if ents == nil {
		return nil
	}
	return ents[j]
}

// addOwnContextPart adds to sc the weights of the ownContextPart features
// of token i, from its cache entry (summed on first use) when neither
// context bit is set, and otherwise appends their keys to buf for the
// caller to sum: with a bit set they are another word's.
func addOwnContextPart(t *weightTable, attrs []tokenAttrs, ents []*wordEntry, i int, buf []uint64, sc *[numLabels]int32) []uint64 {
	e := current(ents, i)
	if e == nil || attrs[i].first || attrs[i].nextSuffix {
		return appendFeatures(attrs, i, buf, ownContextPart)
	}
	if !e.plainSummed {
		n := len(buf)
		buf = appendFeatures(attrs, i, buf, ownContextPart)
		e.plainSums = [numLabels]int32{}
		t.sumRows(buf[n:], &e.plainSums)
		buf, e.plainSummed = buf[:n], true
	}
	for y := range numLabels {
		sc[y] += e.plainSums[y]
	}
	return buf
}

// addWordPart adds to sc the weights of the word-part features of token
// i (of a sentence with attributes attrs and cache entries ents): from
// its cache entry, summed on its first use, or looked up afresh when the
// cache does not hold the word.
func addWordPart(t *weightTable, attrs []tokenAttrs, ents []*wordEntry, i int, buf []uint64, sc *[numLabels]int32) []uint64 {
	e := current(ents, i)
	if e != nil && e.summed {
		for y := range numLabels {
			sc[y] += e.sums[y]
		}
		return buf
	}
	var ws [numLabels]int32
	buf = appendFeatures(attrs, i, buf[:0], wordPart)
	t.sumRows(buf, &ws)
	if e != nil {
		e.sums, e.summed = ws, true
	}
	for y := range numLabels {
		sc[y] += ws[y]
	}
	return buf
}

// allNeighbourRows is neighbourKnown with every row known.
const allNeighbourRows = 1<<len(neighbourTemplates) - 1

// knowNeighbourRows looks up together, for the sentence's cached words
// (ents), their rows as a neighbour that their entries do not hold yet,
// using keys and dst as scratch space, and returns them for reuse. Keys
// that f (if not nil) tells the table lacks get zero rows.
func knowNeighbourRows(t *weightTable, f *keyFilter, attrs []tokenAttrs, ents []*wordEntry, keys []uint64, dst []*rowWeights) ([]uint64, []*rowWeights) {
	keys, dst = keys[:0], dst[:0]
	for j, e := range ents {
		if e == nil || e.neighbourKnown == allNeighbourRows {
			continue
		}
		for r, n := range neighbourTemplates {
			if e.neighbourKnown&(1<<r) != 0 {
				continue
			}
			if k := feat(n.template, attrs[j].norm); f == nil || f.mayHold(k) {
				keys = append(keys, k)
				dst = append(dst, &e.asNeighbour[r])
			} else {
				e.asNeighbour[r] = rowWeights{}
			}
		}
		e.neighbourKnown = allNeighbourRows
	}
	t.fillRows(keys, dst)
	return keys, dst
}

// addNeighbours adds to sc the rows of token i's neighbourPart features
// that the neighbours' cache entries hold (knowNeighbourRows has filled
// them) and appends to buf the keys of the others, for the caller to sum:
// these are the features whose lookups missed the CPU caches most, and a
// word's row as a neighbour is the same wherever it stands.
func addNeighbours(attrs []tokenAttrs, ents []*wordEntry, i int, buf []uint64, sc *[numLabels]int32) []uint64 {
	for r, n := range neighbourTemplates {
		j := i + n.offset
		var e *wordEntry
		norm := hashBOS
		switch {
		case j >= len(attrs):
			norm = hashEOS
		case j >= 0:
			norm = attrs[j].norm
			e = current(ents, j)
		}
		if e == nil {
			buf = append(buf, feat(n.template, norm))
			continue
		}
		row := &e.asNeighbour[r]
		for y := range numLabels {
			sc[y] += int32(row[y])
		}
	}
	return buf
}
