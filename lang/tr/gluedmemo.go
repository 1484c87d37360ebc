package tr

import (
	"hash/maphash"
	"sync/atomic"
)

// gluedHeadBits is the base-2 logarithm of the number of words whose
// gluedHeads keeps.
const gluedHeadBits = 12

// gluedHeads keeps NameBeforeGluedSuffix(norm, knownName) of recent
// capitalized words, across documents: SplitGluedSuffixes asks it of every
// capitalized word without an apostrophe suffix, and it looked up every
// prefix of the word that may be a name in the glued stems' table (a hash
// and a probe each) and analyzed the word where one was. A slot holds the
// word's 64-bit hash with the answer, a byte offset below 256 (no word
// longer than maxWordLen is asked), in its low byte, no string, so that
// the memo allocates nothing; it is direct-mapped and safe for concurrent
// use, each slot one atomic word. Two words of one slot whose hashes agree
// in the 44 bits kept beside the slot's index would mislead it: one lookup
// in about 10^13.
var (
	gluedHeads     [1 << gluedHeadBits]atomic.Uint64
	gluedHeadsSeed = maphash.MakeSeed()
)

// gluedHead returns NameBeforeGluedSuffix(norm, knownName), from gluedHeads
// when it holds it; norm is at most maxWordLen bytes long.
func gluedHead(norm string) int {
	h := maphash.String(gluedHeadsSeed, norm) | 0x100 // never an empty slot's (0), whatever the answer
	slot := &gluedHeads[h>>(64-gluedHeadBits)]
	// An answer past the word's end can only be another word's, met by
	// chance: worked out again rather than trusted.
	if s := slot.Load(); s>>8 == h>>8 && int(s&0xFF) <= len(norm) {
		return int(s & 0xFF)
	}
	head := NameBeforeGluedSuffix(norm, knownName)
	slot.Store(h&^0xFF | uint64(head))
	return head
}
