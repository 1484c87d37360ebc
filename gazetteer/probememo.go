package gazetteer

import (
	"hash/maphash"
	"sync/atomic"
)

// probeMemoBits is the base-2 logarithm of the number of words a
// probeMemo keeps.
const probeMemoBits = 12

// probeMemo keeps words that cannot be an organization's one-word name
// with a suffix (probe with single set): no prefix of the word that probe
// tries is a key with an organization among its candidates. Turkish news
// probes every capitalized word that is no name itself, mostly people's
// and places' names and sentences' first words, which it repeats within a
// document and from one to the next; each probe hashed every prefix of the
// word and read the index's filter for most of them, 128 KB read at random
// (2.9% of a CPU profile's samples on Turkish news sat on the filter's
// reads), and the index's table for a few. That answer depends on the word
// and the gazetteer alone, not on the language, whose analyses probe asks
// only of a word with such a prefix. A slot holds a word's 64-bit hash,
// no string, so that the memo allocates nothing; it is direct-mapped and
// safe for concurrent use, each slot one atomic word. Two words sharing a
// hash would mislead it, as they would mislead the index, whose keys are
// 64-bit hashes too.
type probeMemo struct {
	slots [1 << probeMemoBits]atomic.Uint64
}

// probeMemoSeed hashes the words of every probeMemo.
var probeMemoSeed = maphash.MakeSeed()

// probeMemoHash returns the hash by which a probeMemo keeps word, never 0
// (an empty slot).
func probeMemoHash(word string) uint64 { return maphash.String(probeMemoSeed, word) | 1 }

// has reports whether the word with hash h is kept.
func (m *probeMemo) has(h uint64) bool { return m.slots[h>>(64-probeMemoBits)].Load() == h }

// add keeps the word with hash h, in place of the one its slot held.
func (m *probeMemo) add(h uint64) { m.slots[h>>(64-probeMemoBits)].Store(h) }
