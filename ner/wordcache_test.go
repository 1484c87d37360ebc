package ner

import (
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unsafe"

	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/tr"
)

// TestWordCacheExact checks, with the shipped Turkish model, that the
// parts of every token's features are together exactly its features, and
// that attributes and emission scores taken through a word cache, cold
// and warm, with and without a key filter and dense rows, equal those
// computed afresh. The text repeats words, with and without context bits
// (Ankara and Ankara'da: an entry's plainSums and ctxSums, each used
// again), two words that share a cache slot evict each other within one
// sentence, and a sentence of 302 tokens
// holds invalid UTF-8 and a word too long for the cache; its sentences
// are tagged with one set of buffers, as decode tags them.
func TestWordCacheExact(t *testing.T) {
	_, m := shippedTurkish(t)
	seed, err := os.ReadFile("../testdata/xinhua_hangzhou_tr.txt")
	if err != nil {
		t.Fatal(err)
	}
	rivals := setRivals()
	text := string(seed) + "\n\n" + strings.Repeat("Ankara Ankara'da ANKARA 12 12,5 , . Li Li'nin ", 40) +
		"\n\n" + strings.Repeat(strings.Join(rivals, " ")+" ", 6) + "." +
		"\n\n" + strings.Repeat("Mehmet Öz, \xff\xfe İzmir'e ", 50) + strings.Repeat("uzun", 20) + "." // more than the buffers' 64 tokens, and a lookup batch's keys
	l := tr.Turkish{}
	toks := l.Tokenize(text)
	g := gazetteer.Default()
	warm := newWarmTables(&m.table, &m.fs)
	for _, w := range []*warmTables{nil, warm} {
		b := m.newBuffers()
		for _, s := range l.Sentences(text, toks) {
			st := toks[s.First:s.Last]
			full := make([]tokenAttrs, len(st))
			m.fs.fillAttrs(st, l, g.Match(st, l), full)
			for pass := range 2 { // cold, then warm
				b.fit(len(st))
				m.score(st, l, g.Match(st, l), b, w)
				// A word whose entry holds its summed word part gets only the
				// attributes its context reads (wordOwn); the sums are
				// checked below.
				if !slices.Equal(contextAttrs(b.attrs), contextAttrs(full)) {
					t.Fatalf("pass %d: cached attributes differ in %q", pass, text[s.Start:s.End])
				}
				for i := range st {
					all := tokenFeatures(full, i, nil)
					var parts []uint64
					for _, p := range []int{wordPart, neighbourPart, ownContextPart, sparsePart, contextPart} {
						parts = appendFeatures(full, i, parts, p)
					}
					if !slices.Equal(sorted(all), sorted(parts)) {
						t.Fatalf("%q: word, neighbour and context parts %d features, all %d", st[i].Text, len(parts), len(all))
					}
					var sums [numLabels]int32
					m.table.sumRows(all, &sums)
					if b.sums[i] != sums {
						t.Fatalf("warm tables %t, pass %d, %q: scores %v, want %v", w != nil, pass, st[i].Text, b.sums[i], sums)
					}
				}
			}
		}
	}
	// Another language empties the cache.
	var cache wordCache
	cache.use(l)
	cache.keepOf(&toks[0], &tokenAttrs{})
	cache.use(lang.Language(nil))
	if cache.entryOf(&toks[0]) != nil {
		t.Error("the cache kept its entries for another language")
	}
}

// contextAttrs returns a copy of attrs without the attributes that only
// a word's own features read (those wordOwn leaves out).
func contextAttrs(attrs []tokenAttrs) []tokenAttrs {
	c := slices.Clone(attrs)
	for i := range c {
		c[i].pre, c[i].suf, c[i].stem, c[i].mcase = [3]uint64{}, [4]uint64{}, 0, 0
	}
	return c
}

// setRivals returns capitalized words of one home set of the word cache,
// one more than the set and its buddy have room for: each evicts another.
func setRivals() []string {
	var c wordCache
	seen := map[int][]string{}
	for n := 0; ; n++ {
		w := "Kelime" + strconv.Itoa(n)
		s, _ := c.slot(&lang.Token{Text: w, Kind: lang.Word})
		if seen[s] = append(seen[s], w); len(seen[s]) == 2*wordCacheWays+1 {
			return seen[s]
		}
	}
}

// TestWordCacheKeysNorm checks that a word's cache entry serves only the
// tokens with its Norm too: a language may restore Norms (lang.NormRestorer:
// "su" typed in ASCII is şu), so one text can stand for two words.
func TestWordCacheKeysNorm(t *testing.T) {
	_, m := shippedTurkish(t)
	l := tr.Turkish{}
	g := gazetteer.Default()
	text := "Kavga su yuzunden cikti , Basbakan Ankara'da konustu ."
	typed := l.Tokenize(text)
	restored := slices.Clone(typed)
	for i, norm := range []string{"kavga", "şu", "yüzünden", "çıktı", ",", "başbakan", "ankara", "'da", "konuştu", "."} {
		restored[i].Norm = norm
	}
	b := m.newBuffers()
	for pass, st := range [][]lang.Token{typed, restored, typed} {
		want := make([]tokenAttrs, len(st))
		m.fs.fillAttrs(st, l, g.Match(st, l), want)
		// Scored as tagging does: the entries then serve the words' attributes.
		b.fit(len(st))
		m.score(st, l, g.Match(st, l), b, nil)
		for i, got := range b.attrs {
			if got.norm != want[i].norm || got.lex != want[i].lex || got.trig != want[i].trig {
				t.Errorf("pass %d, %q with Norm %q: the cache gave another word's attributes", pass, st[i].Text, st[i].Norm)
			}
		}
	}
}

// TestMatchingWays checks matchingWays against a comparison of each way's
// tag, on sets of empty ways, ways holding the tag asked for and ways
// holding other tags, among them tags that differ from it in one bit.
func TestMatchingWays(t *testing.T) {
	tags := []uint16{0, 1 << 15, 1<<15 | 1, 1<<15 | 0x4000, 0xffff, 0xfffe, 0x8421, 0xc000}
	for _, asked := range tags[1:] {
		for n := range 1 << (3 * wordCacheWays) { // three bits choose each way's tag
			var packed, want uint64
			for way := range wordCacheWays {
				tag := tags[n>>(3*way)&7]
				packed |= uint64(tag) << (16 * way)
				if tag == asked {
					want |= 1 << (16*way + 15)
				}
			}
			if got := matchingWays(packed, asked); got != want {
				t.Fatalf("matchingWays(%#x, %#x) = %#x, want %#x", packed, asked, got, want)
			}
		}
	}
}

// TestMovedToFront checks, for every order of the four ways and every way,
// that movedToFront puts the way first and keeps the others in their order.
func TestMovedToFront(t *testing.T) {
	var orders [][]int
	var permute func(prefix []int)
	permute = func(prefix []int) {
		if len(prefix) == wordCacheWays {
			orders = append(orders, slices.Clone(prefix))
			return
		}
		for w := range wordCacheWays {
			if !slices.Contains(prefix, w) {
				permute(append(prefix, w))
			}
		}
	}
	permute(nil)
	pack := func(ways []int) uint8 {
		var o uint8
		for k, w := range ways {
			o |= uint8(w) << (2 * k)
		}
		return o ^ initialOrder
	}
	for _, ways := range orders {
		for _, w := range ways {
			want := append([]int{w}, slices.DeleteFunc(slices.Clone(ways), func(x int) bool { return x == w })...)
			if got := movedToFront[pack(ways)][w]; got != pack(want) {
				t.Errorf("order %v, way %d: %#x, want %v (%#x)", ways, w, got, want, pack(want))
			}
		}
	}
}

// TestTextHash checks that textHash reads every byte of words of 1 to 48
// bytes, and its seed: changing any one of them changes the hash.
func TestTextHash(t *testing.T) {
	text := []byte("Cumhurbaşkanlığı Külliyesi'nde düzenlenen törende")
	for n := 1; n <= maxCachedWord; n++ {
		w := text[:n]
		h := textHash(string(w), 1)
		if textHash(string(w), 2) == h {
			t.Errorf("%q: the seed does not change the hash", w)
		}
		for i := range w {
			changed := slices.Clone(w)
			changed[i] ^= 0x20
			if textHash(string(changed), 1) == h {
				t.Errorf("%q: byte %d does not change the hash", w, i)
			}
		}
	}
}

// TestWordCacheKeepsRecurring checks where keep puts words and the set's
// order after it: words of one home set fill it and then its buddy, and,
// asked for in turn, one more than the two sets hold, miss each round
// only the two that share the home set's last way, where with each new
// word first the five that share the home set missed every round.
func TestWordCacheKeepsRecurring(t *testing.T) {
	rivals := setRivals()
	toks := make([]lang.Token, len(rivals))
	for i, w := range rivals {
		toks[i] = lang.Token{Text: w, Kind: lang.Word}
	}
	var c wordCache
	home, _ := c.slot(&toks[0])
	for i := range 2 * wordCacheWays {
		c.keepOf(&toks[i], &tokenAttrs{})
	}
	for i := range 2 * wordCacheWays {
		e := c.entryOf(&toks[i])
		if e == nil {
			t.Fatalf("%s: not kept in a pair of sets with room", rivals[i])
		}
		set := home
		if i >= wordCacheWays {
			set ^= 1
		}
		ways := c.entries[wordCacheWays*set : wordCacheWays*(set+1)]
		if !slices.ContainsFunc(ways, func(w wordEntry) bool { return w.text == rivals[i] }) {
			t.Errorf("%s: not kept in set %d", rivals[i], set)
		}
	}
	for round := range 4 {
		misses := 0
		for i := range toks {
			if c.entryOf(&toks[i]) == nil {
				misses++
				c.keepOf(&toks[i], &tokenAttrs{})
			}
		}
		if want := min(round+1, 2); misses != want {
			t.Errorf("round %d: %d misses, want %d", round, misses, want)
		}
	}
}

// TestWordCacheTagOnce checks that a new word takes the place of the word
// of its pair of sets that has its tag, in its home set or in the buddy,
// so that entry, which looks no further than the first set with the tag,
// finds it.
func TestWordCacheTagOnce(t *testing.T) {
	word, other := lang.Token{Text: "Ankara", Kind: lang.Word}, lang.Token{Text: "İzmir", Kind: lang.Word}
	for _, buddy := range []int{0, 1} {
		for way := range wordCacheWays {
			var c wordCache
			home, tag := c.slot(&word)
			s := home ^ buddy
			// other, as if it had word's tag and pair.
			c.tags[s] |= uint64(tag) << (16 * way)
			c.entries[wordCacheWays*s+way] = wordEntry{text: other.Text, kind: other.Kind}
			e := c.keepOf(&word, &tokenAttrs{})
			if e != &c.entries[wordCacheWays*s+way] {
				t.Fatalf("set %d way %d: the new word did not take the place of the word with its tag", s, way)
			}
			if c.entryOf(&word) != e {
				t.Errorf("set %d way %d: entry does not find the word kept", s, way)
			}
			if e.text != word.Text {
				t.Errorf("set %d way %d: the entry holds %q", s, way, e.text)
			}
			if c.tags[s^1]|c.tags[s]&^(0xffff<<(16*way)) != 0 {
				t.Errorf("set %d way %d: other ways of the pair hold tags", s, way)
			}
		}
	}
}

// entryOf and keepOf are entry and keep of a token looked at alone.
func (c *wordCache) entryOf(t *lang.Token) *wordEntry {
	c.look([]lang.Token{*t})
	return c.entry(0, t)
}

func (c *wordCache) keepOf(t *lang.Token, a *tokenAttrs) *wordEntry {
	c.look([]lang.Token{*t})
	return c.keep(0, t, a)
}

// TestWordCacheLook checks look's slots on a sentence with an empty
// token, invalid UTF-8, a word of maxCachedWord bytes and one longer,
// kept and new words: each word's set and tag, and the entry seen with
// its tag; that entry finds a word kept after look by an earlier token of
// the sentence; and that a nil cache gives none.
func TestWordCacheLook(t *testing.T) {
	var c wordCache
	longest := strings.Repeat("a", maxCachedWord)
	toks := []lang.Token{
		{Text: "Ankara", Kind: lang.Word}, {Text: "", Kind: lang.Word}, {Text: "\xff\xfe", Kind: lang.Symbol},
		{Text: longest, Kind: lang.Word}, {Text: longest + "a", Kind: lang.Word}, {Text: "\xff\xfe", Kind: lang.Symbol},
	}
	kept := c.keepOf(&toks[0], &tokenAttrs{})
	c.look(toks)
	if len(c.slots) != len(toks) {
		t.Fatalf("%d slots for %d tokens", len(c.slots), len(toks))
	}
	for i, ws := range c.slots {
		var want wordSlot
		if len(toks[i].Text) <= maxCachedWord {
			s, tag := c.slot(&toks[i])
			want = wordSlot{set: uint16(s), tag: tag}
		}
		if i == 0 {
			want.seen = uint16(1 + (uintptr(unsafe.Pointer(kept))-uintptr(unsafe.Pointer(&c.entries[0])))/unsafe.Sizeof(*kept))
		}
		if ws != want {
			t.Errorf("%q: slot %+v, want %+v", toks[i].Text, ws, want)
		}
	}
	if c.entry(0, &toks[0]) != kept {
		t.Error("the kept word's entry not found through its slot")
	}
	// The symbol, new to look, kept by its first token, is its second's.
	e := c.keep(2, &toks[2], &tokenAttrs{})
	if e == nil || c.entry(5, &toks[5]) != e {
		t.Error("a word kept after look is not found by its next token")
	}
	if c.entry(4, &toks[4]) != nil || c.keep(4, &toks[4], &tokenAttrs{}) != nil {
		t.Error("a word too long to keep has an entry")
	}
	var none *wordCache
	none.look(toks)
	if none.entry(0, &toks[0]) != nil || none.keep(0, &toks[0], &tokenAttrs{}) != nil {
		t.Error("a nil cache gives entries")
	}
}

// TestReadAheadLines checks that readAhead reads the four cache lines of
// an entry that a token of its word reads: its fields up to asNeighbour's
// end lie in the first four lines of an entry, which starts one.
func TestReadAheadLines(t *testing.T) {
	var e wordEntry
	if size := unsafe.Sizeof(e); size%64 != 0 {
		t.Fatalf("an entry is %d bytes, not whole cache lines", size)
	}
	if end := unsafe.Offsetof(e.asNeighbour) + unsafe.Sizeof(e.asNeighbour); end > 4*64 {
		t.Errorf("a token reads %d bytes of its entry, more than four lines", end)
	}
	read := []uintptr{ // readLines's reads
		unsafe.Offsetof(e.text),
		unsafe.Offsetof(e.plainSums),
		unsafe.Offsetof(e.asNeighbour) + unsafe.Sizeof(e.asNeighbour[0]),
		unsafe.Offsetof(e.asNeighbour) + 3*unsafe.Sizeof(e.asNeighbour[0]),
	}
	for line, off := range read {
		if int(off/64) != line {
			t.Errorf("readLines's read at byte %d is in line %d, want %d", off, off/64, line)
		}
	}
}
