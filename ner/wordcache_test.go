package ner

import (
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/tr"
)

// TestWordCacheExact checks, with the shipped Turkish model, that the
// parts of every token's features are together exactly its features, and
// that attributes and summed weights taken through a word cache, cold
// and warm, and a key filter, equal those computed afresh.
// The text repeats words, and two words that share a cache slot (each
// evicting the other within one sentence) end it.
func TestWordCacheExact(t *testing.T) {
	_, m := shippedTurkish(t)
	seed, err := os.ReadFile("../testdata/xinhua_hangzhou_tr.txt")
	if err != nil {
		t.Fatal(err)
	}
	rivals := setRivals()
	text := string(seed) + "\n\n" + strings.Repeat("Ankara Ankara'da ANKARA 12 12,5 , . Li Li'nin ", 40) +
		"\n\n" + strings.Repeat(strings.Join(rivals, " ")+" ", 6) + "."
	l := tr.Turkish{}
	toks := l.Tokenize(text)
	g := gazetteer.Default()
	var cache wordCache
	filter := newKeyFilter(&m.table)
	for _, s := range l.Sentences(text, toks) {
		st := toks[s.First:s.Last]
		full := make([]tokenAttrs, len(st))
		m.fs.fillAttrs(st, l, g.Match(st, l), full)
		for pass := range 2 { // cold, then warm
			want := slices.Clone(full)
			got := make([]tokenAttrs, len(st))
			ents := make([]*wordEntry, len(st))
			m.fs.fillAttrsCached(st, l, g.Match(st, l), got, &cache, ents)
			knowNeighbourRows(&m.table, filter, got, ents, nil, nil)
			// A word whose entry holds its summed word part gets only the
			// attributes its context reads (wordOwn); the sums are checked below.
			for i := range st {
				if ents[i] != nil && ents[i].summed {
					want[i].pre, want[i].suf, want[i].stem, want[i].mcase = [3]uint64{}, [4]uint64{}, 0, 0
				}
			}
			if !slices.Equal(got, want) {
				t.Fatalf("pass %d: cached attributes differ in %q", pass, text[s.Start:s.End])
			}
			for i := range st {
				all := tokenFeatures(full, i, nil)
				var parts []uint64
				for _, p := range []int{wordPart, neighbourPart, ownContextPart, sparsePart, contextPart} {
					parts = appendFeatures(full, i, parts, p)
				}
				slices.Sort(all)
				slices.Sort(parts)
				if !slices.Equal(all, parts) {
					t.Fatalf("%q: word, neighbour and context parts %d features, all %d", st[i].Text, len(parts), len(all))
				}
				var plain, cached [numLabels]int32
				m.table.sumRows(tokenFeatures(full, i, nil), &plain)
				buf := addOwnParts(&m.table, got, ents, i, nil, &cached)
				buf = appendContext(got, i, buf)
				buf = appendSparse(filter, got, i, buf)
				buf = addNeighbours(got, ents, i, buf, &cached)
				m.table.sumRows(buf, &cached)
				if cached != plain {
					t.Fatalf("pass %d, %q: cached sums %v, want %v", pass, st[i].Text, cached, plain)
				}
			}
		}
	}
	// Another language empties the cache.
	cache.use(lang.Language(nil))
	if cache.entry(&toks[0]) != nil {
		t.Error("the cache kept its entries for another language")
	}
}

// setRivals returns capitalized words of one word cache set, one more
// than it has room for: each evicts another.
func setRivals() []string {
	var c wordCache
	seen := map[int][]string{}
	for n := 0; ; n++ {
		w := "Kelime" + strconv.Itoa(n)
		s, _ := c.slot(&lang.Token{Text: w, Kind: lang.Word})
		if seen[s] = append(seen[s], w); len(seen[s]) == wordCacheWays+1 {
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
	var cache wordCache
	for pass, st := range [][]lang.Token{typed, restored, typed} {
		want := make([]tokenAttrs, len(st))
		m.fs.fillAttrs(st, l, g.Match(st, l), want)
		got := make([]tokenAttrs, len(st))
		ents := make([]*wordEntry, len(st))
		m.fs.fillAttrsCached(st, l, g.Match(st, l), got, &cache, ents)
		var sums [numLabels]int32
		for i := range st { // sum each word's own parts, as tagging does: the entry then serves the word's attributes
			addOwnParts(&m.table, got, ents, i, nil, &sums)
		}
		for i := range st {
			if got[i].norm != want[i].norm || got[i].lex != want[i].lex || got[i].trig != want[i].trig {
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
