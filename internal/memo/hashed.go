package memo

import "sync/atomic"

// Hashed keeps small answers (up to 8 bits) about keys known only by a
// 64-bit hash, for questions whose answer depends on the key alone and
// that the pipeline asks of many words of every document (a word's stems,
// whether it may start a name, where a glued suffix begins). A slot holds
// the hash with the answer in its low bits, no key, so that the table
// allocates nothing; it is direct-mapped by the hash's top bits and safe
// for concurrent use without a lock, each slot one atomic word, so a
// reader never sees half a slot. Two keys whose hashes agree in the bits
// kept (all but the answer's and the one above them) would mislead it: a
// caller whose answer indexes or slices checks that it fits the key asked.
type Hashed struct {
	slots [Size]atomic.Uint64
}

// sizeBits is the base-2 logarithm of Size.
const sizeBits = 12

// keep returns h as a slot keeps it with bits of answer: never 0 (an
// empty slot) whatever the answer, since the bit above the answer's is set.
func keep(h uint64, bits uint) uint64 { return h | 1<<bits }

// Lookup returns the answer of bits bits kept for the key of hash h, and
// whether one is kept.
func (t *Hashed) Lookup(h uint64, bits uint) (uint64, bool) {
	h = keep(h, bits)
	s := t.slots[h>>(64-sizeBits)].Load()
	if s>>bits != h>>bits {
		return 0, false
	}
	return s & (1<<bits - 1), true
}

// Store keeps answer, which fits in bits bits (at most 8), for the key of
// hash h, in place of what its slot held.
func (t *Hashed) Store(h uint64, bits uint, answer uint64) {
	h = keep(h, bits)
	t.slots[h>>(64-sizeBits)].Store(h&^(1<<bits-1) | answer&(1<<bits-1))
}

// Reset empties t, a slot at a time (safe for concurrent use: a reader
// meets each slot either as it was or empty).
func (t *Hashed) Reset() {
	for i := range t.slots {
		t.slots[i].Store(0)
	}
}
