package ner

import (
	"math/bits"

	"github.com/varlik/varlik/lang"
)

// wordCacheSize is the number of words a tagging buffer keeps: news
// repeats its function words and names, so most tokens of an article find
// their word here. A word may stand in any of the four entries of its set,
// the one least recently used making room: on 2.3 MB of Turkish
// parliament, treebank and news sentences, two entries a set missed 8%
// fewer words than one place a word (115,029 → 105,562 of 330,313); on the
// 400 lines of news BenchmarkExtract repeats, where two entries a set
// still missed 10% of the Turkish tokens on every pass, four missed 4%
// (English 3.9% → 1.2%, Russian 9.3% → 4.0%). A new word in a full set
// stays its last until it is asked again (keep): the words of a set that
// recur keep their ways, where with each new word first, a set whose five
// words come in turn, as in the benchmark's repeated news, missed each of
// them every time (each pass after the first missed 2.05% of the
// Turkish tokens, 0.45% English, 2.09% Russian). A word that finds its
// set full takes a way of its buddy when that has room (slot): each pass
// now misses 0.30%, 0.02% and 0.38%. Over NTREX's 1,997 lines, fed one by
// one to a new buffer, it misses 32.8% of the Turkish tokens (33.3% with
// one set a word, 33.8% with the new word first), English 17.2% (17.6%,
// 17.7%), Russian 30.1% (30.5%, 30.9%). On 1.9 MB of NTREX, ParlaMint and UD Turkish text, 4,096 words
// missed 35.7% of the tokens, 8,192 29.5% and 16,384 24.2%. An entry is
// 320 bytes with nine labels (wordOwn, three sums of its own of 36 bytes,
// and 144 for the sums as a neighbour, which hold int32s since they add
// two rows): 8,192 of them take 2.6 MB a buffer; with 168-byte entries tag -split line on
// 15 MB of news peaked at 53 MB, and with 296-byte entries at 60 MB.
const (
	wordCacheSize = 8192
	wordCacheWays = 4
	wordCacheSets = wordCacheSize / wordCacheWays
)

// initialOrder is a set's order before any use: ways 0, 1, 2, 3, with 3
// the first to make room.
const initialOrder = 0 | 1<<2 | 2<<4 | 3<<6

// wordCache.order packs four ways in a byte, and the sets pair up
// (slot): this fails to compile otherwise.
var (
	_ = [1]struct{}{}[wordCacheWays-4]
	_ = [1]struct{}{}[wordCacheSets%2]
)

// maxCachedWord bounds the words kept: longer tokens seldom repeat, and
// a word's hash and comparison cost its length.
const maxCachedWord = 48

// wordCache keeps, per tagging buffer (one goroutine at a time), what a
// token's own text decides: its attributes that depend on the word alone
// (featureSet.wordAttrs), the sum of the weight rows of its word-part
// features (appendFeatures with wordPart), and the sums of its rows as a
// neighbour of another token (neighbourPart). It is
// set-associative by a hash of the text and kind, and an entry is used only
// when its text, kind and Norm are the token's, so tagging gives exactly what
// computing everything again would (TestWordCacheExact): the weights are
// integers, whose sum does not depend on the order of the terms. An
// entry's text is the token's substring: the buffers live in a sync.Pool,
// which lets them go at the next collections, and with them the texts.
type wordCache struct {
	// Set s holds entries wordCacheWays*s to wordCacheWays*s+wordCacheWays-1.
	// They come first: the cache is allocated on its own pages, so that
	// every entry starts a cache line.
	entries [wordCacheSize]wordEntry
	lang    string // the language the entries were made for
	filled  bool   // an entry was kept since the cache was made or emptied
	// Bits 16w to 16w+15 of tags[s] are 1 + 15 bits of the hash of way
	// w's word (0: empty), so that a look-up reads this small array, not
	// every entry of the set, and tests the four ways at once
	// (matchingWays).
	tags [wordCacheSets]uint64
	// order[s] lists the set's ways from the one used last to the one used
	// first, two bits each (the last one makes room for a new word), XOR
	// initialOrder, so that a cache made zero lists every way once.
	order   [wordCacheSets]uint8
	slots   []wordSlot // the slots of the sentence's words, by token (look)
	lexical []int32    // room for the sentence's tokens whose lexicon is looked up (lexicalAttrs)
	readSum uint64     // what look and lexicalAttrs read ahead, summed, so that the compiler keeps the reads
}

type wordEntry struct {
	text string
	norm string  // the word's Norm: a language may restore it (lang.NormRestorer), so the text alone does not decide it
	own  wordOwn // the word's attributes that context features read, but titleInName (flags)
	kind lang.Kind
	// flags tell which sums below are known, and whether the word is an
	// honorific kept in the name (tokenAttrs.titleInName), in one byte.
	flags   entryFlags
	ctxBits uint8 // the context bits ctxSums is for (contextBits >> 8); 0: none
	// The fields above and the two sums below are what a token of the word
	// reads, 248 bytes with nine labels: four cache lines, since every
	// entry, 320 bytes, starts one. With the flags as four bools and
	// titleInName in own, they took 260 bytes, five lines, of entries of
	// 336.
	//
	// plainSums is sums plus the word's ownContextPart rows with no
	// context bit set (most tokens).
	plainSums [numLabels]int32
	// asNeighbour are the word's sums as a neighbour.
	asNeighbour neighbourSums
	sums        [numLabels]int32 // the word part's
	// ctxSums is sums plus the word's ownContextPart rows with context
	// bits ctxBits: those of the last token of the word that had some
	// (ownParts).
	ctxSums [numLabels]int32
}

// entryFlags are the bits of wordEntry.flags.
type entryFlags uint8

const (
	entrySummed          entryFlags = 1 << iota // sums holds the word part's weights
	entryPlainSummed                            // plainSums is known
	entryNeighbourSummed                        // asNeighbour is known
	entryTitleInName                            // the word's tokenAttrs.titleInName
)

// wordOwn are the attributes of a word (featureSet.wordAttrs) that the
// features of its context read, but titleInName, which an entry keeps in
// its flags (32 bytes, where the bool took 8 with padding). The others
// are the word part's (affixes, stem and case), which an entry holds
// summed in sums, or the sentence's (gazetteer, run, verb, position),
// which fillAttrsCached sets afresh; keeping only these saves 128 bytes
// an entry.
type wordOwn struct {
	norm, normMix, shape uint64
	clu                  uint32
	lex                  uint16
	cls                  uint8
	trig                 lang.Cue
}

func ownOf(a *tokenAttrs) wordOwn {
	return wordOwn{norm: a.norm, normMix: a.normMix, shape: a.shape, clu: a.clu, lex: a.lex, cls: a.cls, trig: a.trig}
}

// restore sets a to the attributes e holds, the others zero. It clears a
// and sets the fields in place: a composite literal was built on the
// stack and then copied, for every token the cache holds.
func (e *wordEntry) restore(a *tokenAttrs) {
	*a = tokenAttrs{}
	o := &e.own
	a.norm, a.normMix, a.shape, a.clu, a.lex = o.norm, o.normMix, o.shape, o.clu, o.lex
	a.cls, a.trig, a.titleInName = o.cls, o.trig, e.flags&entryTitleInName != 0
}

// neighbourTemplates are the templates of the neighbourPart features, by
// the offset of the neighbour from the token they describe: of its folded
// form and, for the words next to the token, of its shape (0: none). Each
// reads the neighbour alone, so that a word's sum of them at an offset is
// the same wherever it stands.
var neighbourTemplates = [...]struct {
	offset      int
	norm, shape uint64
}{{-1, tNormM1, tShapeM1}, {1, tNormP1, tShapeP1}, {-2, tNormM2, 0}, {2, tNormP2, 0}}

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
			c.tags = [wordCacheSets]uint64{}
		}
		c.lang, c.filled = code, false
	}
}

// slot returns the home set of t's word and its tag there. A word stands
// in its home set or, when that was full and the other had room as it
// was kept, in its buddy, the home set's number XOR 1 (keep): a pair of
// sets holds the words of both, as one of twice the ways would, each
// looked for first where it most likely is. The 3,615 words of the
// Turkish news test documents fall 87 beyond the four ways of their
// sets, and so missed the cache on every pass over them, but only 14
// beyond the eight of their pairs (English 20 → 1, Russian 106 → 19).
// The pair's tags share a cache line.
func (c *wordCache) slot(t *lang.Token) (int, uint16) {
	h := textHash(t.Text, uint64(t.Kind))
	return int(h % wordCacheSets), uint16(h>>49) | 1<<15
}

// wordSlot is a word's home set and its tag there (slot), and the entry
// of its pair of sets with its tag when look read it ahead; the zero
// wordSlot, with no tag, is a word's that the cache does not keep.
type wordSlot struct {
	set, tag uint16
	seen     uint16 // 1 + the entry's index; 0: none had the tag
}

// wordSlot holds a set's number and an entry's in 16 bits: this fails to
// compile otherwise.
var _ = [1]struct{}{}[wordCacheSize>>16]

// textHash hashes s, with seed, eight bytes at a time: the word cache
// hashes every token's text, and FNV-1a (hashString, which the features'
// keys must keep) multiplies once a byte. Which set a word falls in
// changes no result, only which words evict one another.
func textHash(s string, seed uint64) uint64 {
	h := seed ^ uint64(len(s))*0x9e3779b97f4a7c15
	for len(s) > 8 {
		h = mix64(h ^ load64(s))
		s = s[8:]
	}
	// The last one to eight bytes, in two reads that may overlap.
	switch {
	case len(s) >= 4:
		h ^= uint64(load32(s))<<32 | uint64(load32(s[len(s)-4:]))
	case len(s) > 0:
		h ^= uint64(s[0])<<16 | uint64(s[len(s)/2])<<8 | uint64(s[len(s)-1])
	}
	return mix64(h)
}

// load64 returns the first eight bytes of s, little-endian (one load: the
// compiler combines the bytes' reads).
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// load32 returns the first four bytes of s, little-endian, as load64.
func load32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// look sets c.slots to the slots of the words of toks, a sentence, by
// token (the zero wordSlot for a word too long to keep), which entry and
// keep then take, and reads ahead the entries that may hold them: the
// lines a token of the word reads and the first byte of the word's text
// (readAhead). The cache (2.6 MB) is larger than the CPU's second-level
// cache, and on a long text most tokens found their entry's lines out of
// it, one token at a time, the next token's waiting for the last's; read
// here, in a loop that does little else, their misses overlap. On 1.5 MB
// of Turkish news as new text (a fresh model for each pass, with and
// without the reads ahead alternated every 16 sentences in one process,
// thread CPU time, medians of 16 paired passes, two runs) tagging took
// 2.6-2.8% less time; with both pairsHeld and this, 5.9-6.0%. Reading the
// first line alone (the text's length) gained nothing.
func (c *wordCache) look(toks []lang.Token) {
	if c == nil {
		return
	}
	if cap(c.slots) < len(toks) {
		c.slots = make([]wordSlot, len(toks))
	}
	slots := c.slots[:len(toks)]
	var read uint64
	for i := range slots {
		t := &toks[i]
		var ws wordSlot
		if len(t.Text) <= maxCachedWord {
			s, tag := c.slot(t)
			ws = wordSlot{set: uint16(s), tag: tag}
			if k := c.find(ws); k >= 0 {
				read += c.entries[k].readAhead()
				ws.seen = uint16(k + 1)
			} else {
				// keep will write the new word's entry where it evicts
				// a word: its lines are read now, so that those writes
				// find them (a later word of the sentence may take the
				// place first; the read is then only wasted).
				s, way := c.victim(int(ws.set))
				read += c.entries[wordCacheWays*s+way].readLines()
			}
		}
		slots[i] = ws
	}
	c.slots, c.readSum = slots, read
}

// readAhead reads the four cache lines of e that a token of its word
// reads (readLines) and the first byte of its text, and returns a sum of
// what it read: look keeps it, so that the compiler keeps the reads.
func (e *wordEntry) readAhead() uint64 {
	n := e.readLines()
	if e.text != "" {
		n += uint64(e.text[0])
	}
	return n
}

// readLines reads the four cache lines of e that a token of its word
// reads (TestReadAheadLines) and returns a sum of what it read.
func (e *wordEntry) readLines() uint64 {
	return uint64(len(e.text)) + uint64(e.plainSums[0]) + uint64(e.asNeighbour[1][0]) + uint64(e.asNeighbour[3][0])
}

// find returns the index of the entry of ws's pair of sets with ws's
// tag, -1 when there is none. Most words are in their home set, and none
// of the pair but the word has its tag (keep): the buddy is asked only
// when the home set does not have the tag.
func (c *wordCache) find(ws wordSlot) int {
	s := int(ws.set)
	m := matchingWays(c.tags[s], ws.tag)
	if m == 0 {
		s ^= 1
		m = matchingWays(c.tags[s], ws.tag)
	}
	if m == 0 {
		return -1
	}
	return wordCacheWays*s + bits.TrailingZeros64(m)/16
}

// entry returns the entry of t, token i of the sentence that look last
// read, or nil when the cache does not hold t's word (or c is nil). The
// entry look saw with the word's tag is the word's when it holds the word
// (no other entry of the pair has the tag); else the word is looked for
// again: an earlier token of the sentence may have kept it since.
func (c *wordCache) entry(i int, t *lang.Token) *wordEntry {
	if c == nil {
		return nil
	}
	ws := c.slots[i]
	if ws.tag == 0 {
		return nil
	}
	k := int(ws.seen) - 1
	if k < 0 || !c.entries[k].holds(t) {
		if k = c.find(ws); k < 0 || !c.entries[k].holds(t) {
			return nil
		}
	}
	c.touch(k/wordCacheWays, k%wordCacheWays)
	return &c.entries[k]
}

// matchingWays returns the ways of a set whose tag, in tags packed as
// wordCache.tags packs them, is tag (whose bit 15 is set, as every kept
// tag's is): bit 16w+15 set for way w. Testing the four ways one by one
// took a branch on each, which the CPU could not predict.
func matchingWays(tags uint64, tag uint16) uint64 {
	const low15, high = 0x7fff_7fff_7fff_7fff, 0x8000_8000_8000_8000
	x := tags ^ uint64(tag)*0x0001_0001_0001_0001 // 0 in the ways that hold tag, bit 15 set in the empty ones
	y := (x & low15) + low15                      // bit 15 of a way set when its other 15 bits are not all 0; no carry between ways
	return ^(x | y) & high
}

// touch moves way to the front of set s's order.
func (c *wordCache) touch(s, way int) {
	c.order[s] = movedToFront[c.order[s]][way]
}

// movedToFront[o][w] is a set's order o, as wordCache.order holds it, with
// way w moved to the front: a look-up where the loop that moved it tested
// the ways in turn, with branches the CPU could not predict.
var movedToFront = func() (t [256][wordCacheWays]uint8) {
	for o := range t {
		for way := range t[o] {
			t[o][way] = moveToFront(uint8(o), way)
		}
	}
	return t
}()

// moveToFront returns order, as wordCache.order holds it, with way moved to
// the front (movedToFront's entries).
func moveToFront(order uint8, way int) uint8 {
	o := order ^ initialOrder // a set not yet used holds 0
	for k := 1; k < wordCacheWays; k++ {
		if int(o>>(2*k)&3) == way {
			low := o & (1<<(2*k) - 1)                   // the ways before it
			o = o&^(1<<(2*k+2)-1) | low<<2 | uint8(way) // it first, they one place later
			break
		}
	}
	return o ^ initialOrder
}

// holds reports whether e is the entry of t's word.
func (e *wordEntry) holds(t *lang.Token) bool {
	return e.text == t.Text && e.kind == t.Kind && e.norm == t.Norm && e.text != ""
}

// keep stores the word attributes a of t, token i of the sentence that
// look last read, which the cache does not hold, and returns t's entry
// (nil when t is not kept, or c is nil): in place of a word of
// its pair of sets (slot) with its tag, so that no two words of a pair
// share a tag and entry looks for a word in one set only, the first with
// its tag; else in its home set or, when that is full and its buddy is
// not, in the buddy, evicting the word of the home set used less recently
// when both are full. In a full set the new word takes the evicted word's
// place, last in the set's order, and moves to the front only when it is
// asked again: a word asked once makes room for the next new word, not
// for a word the text uses again (insertion at the least recently used
// place: Qureshi et al., "Adaptive insertion policies for high
// performance caching", 2007). A set with room fills its empty ways, each
// new word first.
func (c *wordCache) keep(i int, t *lang.Token, a *tokenAttrs) *wordEntry {
	if c == nil || c.slots[i].tag == 0 {
		return nil
	}
	s, tag := int(c.slots[i].set), c.slots[i].tag
	var way int
	if m := matchingWays(c.tags[s], tag) | matchingWays(c.tags[s^1], tag)>>8; m != 0 {
		// Bit 16w+15 for way w of the home set, 16w+7 of the buddy.
		b := bits.TrailingZeros64(m)
		s, way = s^(b>>3&1^1), b/16
	} else {
		s, way = c.victim(s)
		if c.tags[s]&keptWays != keptWays {
			c.touch(s, way)
		}
	}
	c.tags[s] = c.tags[s]&^(0xffff<<(16*way)) | uint64(tag)<<(16*way)
	e := &c.entries[wordCacheWays*s+way]
	*e = wordEntry{text: t.Text, norm: t.Norm, kind: t.Kind, own: ownOf(a)}
	if a.titleInName {
		e.flags = entryTitleInName
	}
	c.filled = true
	return e
}

// victim returns the set and way where keep puts a new word of home set
// s: its home set or, when that is full and its buddy is not, the buddy;
// the way last in the set's order.
func (c *wordCache) victim(s int) (int, int) {
	if c.tags[s]&keptWays == keptWays && c.tags[s^1]&keptWays != keptWays {
		s ^= 1
	}
	return s, int((c.order[s] ^ initialOrder) >> (2 * (wordCacheWays - 1)))
}

// keptWays are the bits of a set's tags that are all set when each of
// its ways holds a word (a kept tag's bit 15 is set).
const keptWays = 0x8000_8000_8000_8000

// forget sets to nil the entries of ents that are e, which keep has just
// given another word: those of the earlier tokens of a sentence whose word
// a later one evicted. Only a miss calls it; checking every token's entry
// again after the sentence compared two strings a token.
func forget(ents []*wordEntry, e *wordEntry) {
	for k := range ents {
		if ents[k] == e {
			ents[k] = nil
		}
	}
}
