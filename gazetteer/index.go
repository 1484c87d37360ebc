package gazetteer

import (
	"unicode/utf8"

	"github.com/varlik/varlik/lang"
)

// keyIndex maps key hashes to non-zero index values (see
// Gazetteer.index). It is an open-addressing table with linear probing
// that keeps each key beside its value, so a lookup usually costs one
// cache miss: Match probes it for nearly every token, and a Go map, with
// its control words and directory, costs about twice as much there. It is
// filled once by build and read-only afterwards.
type keyIndex struct {
	slots  []indexSlot // len a power of two; val 0 marks an empty slot
	shift  uint        // a key's home slot is spread(key) >> shift
	n      int         // occupied slots
	filter keyFilter   // of the keys in slots: made once they are filled (sealFilter), or read from a packed index
}

type indexSlot struct {
	key uint64
	val uint32
}

// spread mixes the bits of a key hash into the top ones, which pick the
// home slot: FNV-1a's low bits depend on few input bits.
func spread(key uint64) uint64 { return key * 0x9E3779B97F4A7C15 }

// newKeyIndex returns an empty index sized for about n keys.
func newKeyIndex(n int) keyIndex {
	bits := uint(4)
	for 7<<bits < 8*n { // load at most 7/8: see maxLoad
		bits++
	}
	return keyIndex{slots: make([]indexSlot, 1<<bits), shift: 64 - bits}
}

// maxLoad: an index holds at most 7/8 as many keys as slots. The default
// gazetteer's 101,514 keys then fill 131,072 slots (77%), 2 MB of the
// packed index that Match reads in place; at most 3/4 they took 262,144
// (39%), 4 MB, and a long run's look-ups paged in most of them (`tag
// -split line` on 15 MB of news: 59.3 MB peak against 57.0 MB). A key
// found lies 1.66 slots past its home slot on average, most often in the
// same cache line, and the filter turns away most absent keys before the
// table is read: Extract on Turkish news was no slower (830k/887k,
// 747k/804k, 617k/844k tokens/s, 3/4 against 7/8, runs alternated). At
// most 1/2 the 76,196 keys of an earlier gazetteer took 4 MB too.

// get returns the value of key, 0 when key is absent.
func (x *keyIndex) get(key uint64) uint32 {
	if len(x.slots) == 0 || len(x.filter.bits) > 0 && !x.filter.has(key) {
		return 0
	}
	mask := len(x.slots) - 1
	for i := int(spread(key) >> x.shift); ; i = (i + 1) & mask {
		s := &x.slots[i]
		if s.key == key || s.val == 0 {
			return s.val
		}
	}
}

// mayHave reports whether key may be in x: false only when the filter
// turns it away. It inlines, where get does not: probe asks the index
// about many absent keys in a row.
func (x *keyIndex) mayHave(key uint64) bool {
	return len(x.filter.bits) == 0 || x.filter.has(key)
}

// or sets bits in the value of key, adding key if absent, and returns the
// new value; bits must not be 0.
func (x *keyIndex) or(key uint64, bits uint32) uint32 {
	if 8*(x.n+1) > 7*len(x.slots) { // maxLoad
		x.grow()
	}
	mask := len(x.slots) - 1
	for i := int(spread(key) >> x.shift); ; i = (i + 1) & mask {
		s := &x.slots[i]
		if s.val == 0 {
			s.key = key
			x.n++
		} else if s.key != key {
			continue
		}
		s.val |= bits
		return s.val
	}
}

// grow doubles the table, reinserting every key.
func (x *keyIndex) grow() {
	old := x.slots
	*x = newKeyIndex(len(old))
	for _, s := range old {
		if s.val != 0 {
			x.or(s.key, s.val)
		}
	}
}

// keyFilter is a one-hash Bloom filter of an index's keys, 8 bits or
// more a key. Seven in eight of the keys that Match looks up in Russian
// news are absent (a word's stems, most of them no name's), and a lookup in
// the index's table, 4 MB for the default gazetteer, mostly misses the
// processor's caches; the filter, 128 KB for it, stays in them and
// answers most of those lookups.
type keyFilter struct {
	bits  []uint64
	shift uint // a key's bit is filterSpread(key) >> shift
}

func filterSpread(key uint64) uint64 { return key * 0xC2B2AE3D27D4EB4F }

func (f *keyFilter) has(key uint64) bool {
	i := filterSpread(key) >> f.shift
	return f.bits[i/64]&(1<<(i%64)) != 0
}

// filterBits returns the base-2 logarithm of the size in bits of the
// filter of n keys: at least 8 bits a key, at least 4,096.
func filterBits(n int) uint {
	bits := uint(12)
	for 1<<bits < 8*n {
		bits++
	}
	return bits
}

// sealFilter builds the filter of the keys in x, which must not change
// after it.
func (x *keyIndex) sealFilter() {
	bits := filterBits(x.n)
	f := keyFilter{bits: make([]uint64, 1<<bits/64), shift: 64 - bits}
	for _, s := range x.slots {
		if s.val != 0 {
			i := filterSpread(s.key) >> f.shift
			f.bits[i/64] |= 1 << (i % 64)
		}
	}
	x.filter = f
}

// pairFilter is a one-hash Bloom filter of the first two runes of a set of
// matching keys. Match asks it whether a lower-case token can start a
// lower-case-initial name before hashing the token: most tokens of running
// text are lower-case words, and few such names exist. A lower-case token
// matches only such names, whose keys begin with the token's own key.
type pairFilter [64]uint64 // 4096 bits

func pairBit(a, b rune) uint64 {
	return (uint64(a)<<21 | uint64(b)) * 0x9E3779B97F4A7C15 >> (64 - 12)
}

func (f *pairFilter) add(a, b rune) {
	i := pairBit(a, b)
	f[i/64] |= 1 << (i % 64)
}

// has reports whether the pair of key runes a, b may begin a key added
// to f.
func (f *pairFilter) has(a, b rune) bool {
	i := pairBit(a, b)
	return f[i/64]&(1<<(i%64)) != 0
}

// mayStart reports whether the matching key of s may begin a key added to
// f. It is false only when the first two runes of s, neither white space
// nor dropped by keyRune, map to a pair no key added starts with. (Were
// one white space, hashKey's fast and slow paths might disagree on it.)
// A rune of one or two bytes, a token's first letters in Turkish and
// Russian as in English, is mapped by a table in line.
func (f *pairFilter) mayStart(s string) bool {
	// Two runes of one byte each (most English and Turkish words) or of
	// two (Cyrillic), the most common pairs, are read with no loop, and
	// so are a rune of one byte and one of two in either order (Turkish
	// için, çok, öne: a fifth of the Turkish words the filter is asked
	// about, which took the loop).
	var k0, k1 rune
	switch {
	case len(s) >= 2 && s[0]|s[1] < utf8.RuneSelf:
		k0, k1 = leadKeys[s[0]], leadKeys[s[1]]
	case len(s) >= 4 && s[0]-0xC2 < 0xE0-0xC2 && s[2]-0xC2 < 0xE0-0xC2 && s[1]&0xC0 == 0x80 && s[3]&0xC0 == 0x80:
		k0 = leadKeys[rune(s[0]&0x1F)<<6|rune(s[1]&0x3F)]
		k1 = leadKeys[rune(s[2]&0x1F)<<6|rune(s[3]&0x3F)]
	case len(s) >= 3 && s[0] < utf8.RuneSelf && s[1]-0xC2 < 0xE0-0xC2 && s[2]&0xC0 == 0x80:
		k0, k1 = leadKeys[s[0]], leadKeys[rune(s[1]&0x1F)<<6|rune(s[2]&0x3F)]
	case len(s) >= 3 && s[0]-0xC2 < 0xE0-0xC2 && s[1]&0xC0 == 0x80 && s[2] < utf8.RuneSelf:
		k0, k1 = leadKeys[rune(s[0]&0x1F)<<6|rune(s[1]&0x3F)], leadKeys[s[2]]
	default:
		return f.mayStartSlow(s)
	}
	if k0 < 0 || k1 < 0 {
		return true
	}
	bit := pairBit(k0, k1)
	return f[bit/64]&(1<<(bit%64)) != 0
}

// mayStartSlow is mayStart of any string.
func (f *pairFilter) mayStartSlow(s string) bool {
	var pair [2]rune
	i := 0
	for n := range pair {
		var k rune
		if i < len(s) && s[i] < utf8.RuneSelf {
			k = leadKeys[s[i]]
			i++
		} else if r, ok := lang.TwoByteRuneAt(s, i); ok {
			k = leadKeys[r]
			i += 2
		} else {
			k, i = leadKeySlow(s, i)
		}
		if k < 0 {
			return true
		}
		pair[n] = k
	}
	bit := pairBit(pair[0], pair[1])
	return f[bit/64]&(1<<(bit%64)) != 0
}

// leadKeySlow returns the key rune of the rune of s at byte i and the
// index after it, or -1 when s ends before i or that rune is white space,
// a control character below U+0021 or dropped by keyRune.
func leadKeySlow(s string, i int) (rune, int) {
	if i >= len(s) {
		return -1, i
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	if k := keyRune(r); k >= 0 && r > ' ' && !isSpace(r) {
		return k, i + size
	}
	return -1, i + size
}

// leadKeys holds leadKeySlow's answer for the runes of one and two bytes.
var leadKeys = func() (m [0x800]rune) {
	for r := range m {
		m[r] = keyRune(rune(r))
		if r <= ' ' || isSpace(rune(r)) {
			m[r] = -1
		}
	}
	return m
}()
