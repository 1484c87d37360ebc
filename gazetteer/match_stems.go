package gazetteer

import (
	"strings"

	"github.com/varlik/varlik/lang"
)

// WordInflector is an optional interface of a lang.Language whose names
// inflect in every word by changing its ending, as Russian does
// (Организация Объединённых Наций → Организации Объединённых Наций,
// Владимир Путин → Владимиром Путиным), rather than by suffixes appended
// to the last word (Turkish: Dışişleri Bakanlığının). For such a language
// Match tries, for each word of a name, the word as written and every stem
// l.Analyze proposes for it, for names of any type and length. lang
// packages implement it without importing gazetteer.
type WordInflector interface {
	InflectsEveryWord() bool
}

// StemSplitter is an optional interface of a WordInflector language that
// gives the stems of Analyze as parts: AppendStemParts appends to dst the
// stems that Analyze(word) returns after word itself, in the same order,
// each a prefix of word and the ending that follows it, which starts with
// a rune's first byte. Matching then hashes the stems without building
// them.
type StemSplitter interface {
	AppendStemParts(dst []lang.StemParts, word string) []lang.StemParts
}

// inflectsEveryWord reports whether l declares word-by-word inflection.
func inflectsEveryWord(l lang.Language) bool {
	w, ok := l.(WordInflector)
	return ok && w.InflectsEveryWord()
}

// maxStemDepth bounds the words of a name matched through stems.
const maxStemDepth = 12

// newStemWalk returns the walk that matchAt runs for each token of tokens
// that may start a name, for l, a language that inflects every word. stems
// is a buffer for the walk, which it leaves as long as it found it.
func (g *Gazetteer) newStemWalk(tokens []lang.Token, l lang.Language, stems *[]lang.StemParts) stemWalk {
	split, _ := l.(StemSplitter)
	return stemWalk{g: g, tokens: tokens, l: l, split: split, stems: stems}
}

// matchAt returns the longest match starting at token i: a depth-first
// walk over the tokens where each word token contributes its folded form
// and the stems of its analyses (the first word only when capitalized),
// pruned by the index's name prefixes.
// Of matches of one length, the one with fewer stemmed words wins (the
// walk tries the written form first). mayStart accepted token i with
// lowerStart.
func (w *stemWalk) matchAt(i int, lowerStart bool) (Match, bool) {
	w.lowerStart, w.best = lowerStart, Match{First: i}
	w.walk(i, fnvOffset, false)
	if w.best.Last == 0 {
		return Match{}, false
	}
	w.best.Start, w.best.End = w.tokens[i].Start, w.tokens[w.best.Last-1].End
	return w.best, true
}

// stemWalk is the state of matchAt's walk. appendMatches makes one for a
// call of Match: made for each token that may start a name, with its
// StemSplitter assertion, it cost 0.5M instructions a pass of the Russian
// news benchmark, where matchAt's own now cost 0.3M.
type stemWalk struct {
	g      *Gazetteer
	tokens []lang.Token
	l      lang.Language
	split  StemSplitter // l's, or nil
	// stems holds the stem parts of the words the walk is in, the
	// deepest last.
	stems      *[]lang.StemParts
	lowerStart bool
	best       Match
	// code is the hash of l's code (wordMemoHash), made at the first
	// word the walk asks g.noStemStart about; 0 before.
	code uint64
}

// walk extends a name prefix with hash h (fnvOffset before the first
// token) by token j; stemmed tells whether some earlier word matched
// through a stem.
func (w *stemWalk) walk(j int, h uint64, stemmed bool) {
	if j >= len(w.tokens) || j-w.best.First >= maxStemDepth {
		return
	}
	t := &w.tokens[j]
	if j > w.best.First && w.tokens[j-1].End < t.Start {
		h = hashByte(h, ' ')
	}
	word := folded(t)
	if t.Kind != lang.Word || j == w.best.First && !lang.StartsUpper(t.Text) && !capitalAfterHyphen(t.Text) {
		// A name's first word is capitalized (later ones may not be:
		// Шанхайской организации), or a lower-case article before a
		// capital (аль-Каиды).
		w.try(j, hashKey(h, word), stemmed)
		return
	}
	if w.split == nil {
		w.try(j, hashKey(h, word), stemmed)
		for _, a := range w.l.Analyze(word) {
			if a.Stem != word {
				w.try(j, hashKey(h, a.Stem), true)
			}
		}
		return
	}
	// A name's first word no form of which starts a key is kept in
	// g.noStemStart (h is then fnvOffset: the answer depends on the word
	// and its stems alone, and so on the word and the language), and
	// asked about before its stems are made: two thirds of the first
	// words of Russian news are kept there.
	var memoKey uint64
	if j == w.best.First {
		if w.code == 0 {
			w.code = wordMemoHash(w.l.Code())
		}
		if memoKey = stemsMemoHash(w.code, word); w.g.noStemStart.has(memoKey) {
			return
		}
	}
	from := len(*w.stems)
	*w.stems = w.split.AppendStemParts(*w.stems, word)
	var cuts stemCuts
	for _, p := range (*w.stems)[from:] {
		cuts.add(len(p.Base))
	}
	full, _ := hashKeyCuts(h, word, false, cuts.cuts[:cuts.n])
	keyed := w.try(j, full, stemmed)
	for k := from; k < len(*w.stems); k++ {
		// Deeper walks append to the buffer and may move it.
		p := (*w.stems)[k]
		baseHash, baseSpace, ok := cuts.at(len(p.Base))
		if !ok {
			baseHash, baseSpace = hashKeyAfter(h, p.Base, false)
		}
		next, _ := hashKeyCuts(baseHash, p.Ending, baseSpace, nil)
		if w.try(j, next, true) {
			keyed = true
		}
	}
	if j == w.best.First && !keyed {
		w.g.noStemStart.add(memoKey)
	}
	*w.stems = (*w.stems)[:from]
}

// stemCuts holds the key hashes of the prefixes of a word that its stems'
// bases are (each stem is a base, a prefix of the word, and an ending),
// sorted by their lengths, which hashKeyCuts finds in the one pass that
// hashes the word whole: the word's key was hashed once for itself and
// once more for each length of base, most of it each time.
type stemCuts struct {
	n    int
	cuts [maxStemCuts]keyCut
}

// maxStemCuts bounds the lengths of base that stemCuts holds: a Russian
// word's stems have one to three. A base of another length is hashed on
// its own.
const maxStemCuts = 4

// add notes a base of n bytes, keeping the lengths sorted and distinct.
func (c *stemCuts) add(n int) {
	k := 0
	for k < c.n && c.cuts[k].n < n {
		k++
	}
	if k < c.n && c.cuts[k].n == n || c.n == len(c.cuts) {
		return
	}
	for m := c.n; m > k; m-- { // a few moves, in line: copy called memmove
		c.cuts[m] = c.cuts[m-1]
	}
	c.cuts[k] = keyCut{n: n}
	c.n++
}

// at returns the hash of the base of n bytes and whether it ends in white
// space, if c holds it.
func (c *stemCuts) at(n int) (uint64, bool, bool) {
	for k := range c.n {
		if c.cuts[k].n == n {
			return c.cuts[k].h, c.cuts[k].space, true
		}
	}
	return 0, false, false
}

// try records the names ending at token j with key hash next and walks on
// when next is a prefix of longer names. It reports whether next is a key
// or a prefix of one.
func (w *stemWalk) try(j int, next uint64, stemmed bool) bool {
	v := w.g.index.get(next)
	if grp := v &^ prefixBit; grp != 0 && (!w.lowerStart || w.g.groups[grp-1].anyLower) &&
		(!w.g.groups[grp-1].acronymsOnly || capitalsOnly(w.tokens[j].Text)) {
		if j+1 > w.best.Last || j+1 == w.best.Last && !stemmed && w.best.Inflected {
			w.best.Last = j + 1
			w.best.Candidates = w.g.groupEntries(grp-1, w.lowerStart)
			w.best.Inflected = stemmed
		}
	}
	if v&prefixBit != 0 && (j > w.best.First || !w.lowerStart || w.g.lowerContinues(w.tokens, j)) {
		w.walk(j+1, next, stemmed)
	}
	return v != 0
}

// capitalAfterHyphen reports whether s has a hyphen followed by an upper-case
// letter: a name written with a lower-case prefix (аль-Каида, al-Qaeda).
func capitalAfterHyphen(s string) bool {
	_, rest, ok := strings.Cut(s, "-")
	return ok && lang.StartsUpper(rest)
}
