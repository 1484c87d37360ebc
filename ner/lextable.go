package ner

import "slices"

// lexTable is the lexicon's frozen table (word hash → capitalization
// bucket and WordClass bits) in half a frozenTable's space: an entry is
// one uint64, the key's top 48 bits over its 16-bit value, sorted, with an
// index of where each bucket of the keys' top bits starts, as frozenTable
// has.
//
// The lexicon is the largest table of a model (560,700 Turkish words: 9
// MB as 16-byte tableEntry values, 4.5 MB so), and it is read in a random
// order, a word at a time: on a long text the process touches nearly all
// of its pages, which count in its resident memory, and each look-up that
// misses the cache costs less the more entries a cache line holds (eight
// here, four before).
//
// Keys are compared on their top 48 bits. An absent word whose hash shares
// them with a listed word's takes that word's value: with 560,700 words,
// about one absent word in 500 million (2^48 / 560,700); the 64-bit hashes
// of two features already collide about once in 2^64/n. Two listed words
// that share the top 48 bits are one entry, with both words' values OR-ed
// (newLexTable; none do in the shipped models).
type lexTable struct {
	entries []uint64 // key&^lexValueMask | value, ascending
	shift   uint     // an entry's bucket is entry >> shift (shift ≥ 38 > 16)
	start   []uint32 // start[b] is the index of the first entry of bucket b or later; len buckets+1
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

// lexTableOf indexes sorted entries of distinct keys and summarises them.
func lexTableOf(entries []uint64) lexTable {
	b := bucketBits(len(entries))
	t := lexTable{entries: entries, shift: 64 - b}
	t.start = bucketStarts(1<<b, len(entries), func(i int) uint64 { return entries[i] >> t.shift })
	for _, e := range entries {
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
func (t *lexTable) len() int { return len(t.entries) }

// get returns the value of key and whether it is present. Whatever the
// index holds (a table read from a corrupt file), it reads only entries
// that exist.
func (t *lexTable) get(key uint64) (v uint16, ok bool) {
	n := uint32(len(t.entries))
	if n == 0 {
		return 0, false
	}
	b := key >> t.shift
	want := key &^ lexValueMask
	for i, end := t.start[b], min(t.start[b+1], n); i < end; i++ {
		if e := t.entries[i]; e&^lexValueMask >= want {
			if e&^lexValueMask == want {
				return uint16(e), true
			}
			break
		}
	}
	return 0, false
}

// first returns the first entry of key's bucket, 0 when there is none:
// lexicalAttrs reads it ahead of get.
func (t *lexTable) first(key uint64) uint64 {
	if len(t.entries) == 0 {
		return 0
	}
	if i := t.start[key>>t.shift]; i < uint32(len(t.entries)) {
		return t.entries[i]
	}
	return 0
}
