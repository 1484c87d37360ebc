package ner

import (
	"math/bits"
	"slices"
)

// lexTable is the lexicon's frozen table (word hash → capitalization
// bucket and WordClass bits): an entry is one uint64, the key's top 48
// bits over its 16-bit value, and the entries lie in key order, each in
// its home slot or, when an earlier entry holds that, in the first free
// slot after it (ordered linear probing). A key's home is its top 48 bits
// scaled to the homes, 1.25 a key: an entry lies on average about a slot
// past its home, so that a look-up reads one cache line, rarely two, from
// the key alone. A slot no entry took holds a copy of the next entry,
// whose home is past the slot: every slot is then at least as large as
// the slots before it, and a look-up stops at the first slot not below
// its key.
//
// The lexicon is the largest table of a model (560,700 Turkish words, 5.6
// MB so), and it is read in a random order, a word at a time: on a long
// text the process touches nearly all of its pages, and nearly every new
// word's look-up misses the CPU's caches. Model format 8 and earlier kept
// an index of where each bucket of the keys' top bits started (1 MB
// beside 4.5 MB of entries), so that a look-up missed twice, the index
// and then the entries, the second miss waiting on the first.
//
// Keys are compared on their top 48 bits. An absent word whose hash shares
// them with a listed word's takes that word's value: with 560,700 words,
// about one absent word in 500 million (2^48 / 560,700); the 64-bit hashes
// of two features already collide about once in 2^64/n. Two listed words
// that share the top 48 bits are one entry, with both words' values OR-ed
// (newLexTable; none do in the shipped models).
type lexTable struct {
	slots []uint64 // the entries at or past their homes, free slots holding the next entry
	homes uint64   // a key's home is the top of (key's top 48 bits) × homes, in [0, homes)
	n     int      // entries
	// priorWords and classes summarise the entries (PriorWords and the
	// dense rows ask them): stored in the file, so that neither reads the
	// whole table.
	priorWords int
	classes    int // the OR of every entry's lexicon classes (lexClasses)
}

const lexValueMask = 0xffff

// newLexTable makes the table of lexicon values m.
func newLexTable(m map[uint64]uint16) lexTable {
	entries := make([]uint64, 0, len(m))
	for k, v := range m {
		entries = append(entries, k&^lexValueMask|uint64(v))
	}
	slices.Sort(entries)
	return lexTableOf(mergeLexKeys(entries))
}

// mergeLexKeys merges the entries of sorted entries that share a key (the
// top 48 bits), OR-ing their values, in place.
func mergeLexKeys(entries []uint64) []uint64 {
	out := entries[:0]
	for _, e := range entries {
		if n := len(out); n > 0 && out[n-1]&^lexValueMask == e&^lexValueMask {
			out[n-1] |= e & lexValueMask
			continue
		}
		out = append(out, e)
	}
	return out
}

// lexTableOf lays out sorted entries of distinct keys and summarises them.
func lexTableOf(entries []uint64) lexTable {
	t := lexTable{homes: uint64(len(entries)) + uint64(len(entries))/4, n: len(entries)}
	t.slots = make([]uint64, 0, t.homes+t.homes/64)
	for _, e := range entries {
		for h := t.home(e); uint64(len(t.slots)) < h; {
			t.slots = append(t.slots, e) // a free slot before e's home
		}
		t.slots = append(t.slots, e)
		if e&capMask != 0 {
			t.priorWords++
		}
		t.classes |= lexClasses(uint16(e))
	}
	return t
}

// lexTableOfFrozen converts the lexicon of a model file before version 7.
func lexTableOfFrozen(old frozenTable[uint16]) lexTable {
	if len(old.start) == 0 {
		return lexTable{}
	}
	entries := make([]uint64, len(old.entries))
	for i, e := range old.entries {
		entries[i] = e.key&^lexValueMask | uint64(e.val)
	}
	return lexTableOf(mergeLexKeys(entries))
}

// len returns the number of entries.
func (t *lexTable) len() int { return t.n }

// home returns key's home slot: its top 48 bits scaled to [0, t.homes),
// in key order.
func (t *lexTable) home(key uint64) uint64 {
	h, _ := bits.Mul64(key&^lexValueMask, t.homes)
	return h
}

// get returns the value of key and whether it is present. Whatever the
// slots hold (a table read from a corrupt file), it reads only slots that
// exist.
func (t *lexTable) get(key uint64) (v uint16, ok bool) {
	want := key &^ lexValueMask
	for i := t.home(key); i < uint64(len(t.slots)); i++ {
		if e := t.slots[i]; e&^lexValueMask >= want {
			if e&^lexValueMask == want {
				return uint16(e), true
			}
			break
		}
	}
	return 0, false
}

// first returns the slot of key's home, 0 when there is none:
// lexicalAttrs reads it ahead of get.
func (t *lexTable) first(key uint64) uint64 {
	if i := t.home(key); i < uint64(len(t.slots)) {
		return t.slots[i]
	}
	return 0
}
