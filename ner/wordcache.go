package ner

import "github.com/varlik/varlik/lang"

// wordCacheSize is the number of words a tagging buffer keeps: news
// repeats its function words and names, so most tokens of an article
// find their word here.
const wordCacheSize = 4096

// maxCachedWord bounds the words kept: longer tokens seldom repeat, and
// a word's hash and comparison cost its length.
const maxCachedWord = 48

// wordCache keeps, per tagging buffer (one goroutine at a time), what a
// token's own text decides: its attributes that depend on the word alone
// (featureSet.wordAttrs) and the sum of the weight rows of its word-part
// features (appendFeatures with wordPart). It is direct-mapped by a hash
// of the text and kind, and an entry is used only when its text and kind
// are the token's, so tagging gives exactly what computing everything
// again would (TestWordCacheExact). An entry's text is the token's
// substring: the buffers live in a sync.Pool, which lets them go at the
// next collections, and with them the texts.
type wordCache struct {
	lang    string // the language the entries were made for
	filled  bool   // an entry was kept since the cache was made or emptied
	entries [wordCacheSize]wordEntry
}

type wordEntry struct {
	text   string
	kind   lang.Kind
	attrs  tokenAttrs // the word's own attributes; the context's are zero
	sums   [numLabels]int32
	summed bool // sums holds the word part's weights
}

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
		}
		c.lang, c.filled = code, false
	}
}

func (c *wordCache) slot(t *lang.Token) *wordEntry {
	return &c.entries[mix64(hashString(t.Text)^uint64(t.Kind))%wordCacheSize]
}

// entry returns t's entry, or nil when the cache does not hold t's word
// (or c is nil).
func (c *wordCache) entry(t *lang.Token) *wordEntry {
	if c == nil || len(t.Text) > maxCachedWord {
		return nil
	}
	if e := c.slot(t); e.text == t.Text && e.kind == t.Kind && e.text != "" {
		return e
	}
	return nil
}

// keep stores the word attributes a of t, evicting the word at its slot.
func (c *wordCache) keep(t *lang.Token, a *tokenAttrs) {
	if c == nil || len(t.Text) > maxCachedWord {
		return
	}
	*c.slot(t) = wordEntry{text: t.Text, kind: t.Kind, attrs: *a}
	c.filled = true
}

// addWordPart adds to sc the weights of the word-part features of token
// i (of toks, with attributes attrs): from t's cache entry, summed on its
// first use, or looked up afresh when the cache does not hold the word.
func (c *wordCache) addWordPart(t *weightTable, toks []lang.Token, attrs []tokenAttrs, i int, buf []uint64, sc *[numLabels]int32) []uint64 {
	e := c.entry(&toks[i])
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
