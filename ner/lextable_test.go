package ner

import (
	"encoding/binary"
	"errors"
	"math/rand/v2"
	"slices"
	"testing"
)

func TestLexTable(t *testing.T) {
	const hi = 1 << 40 // a key bit above the value's 16
	m := map[uint64]uint16{
		hi | 1:       uint16(PlaceName) | 3,
		hi | 2:       uint16(PersonName), // the same top 48 bits as hi|1: merged
		2 * hi:       5,                  // a prior only
		^uint64(0):   uint16(CommonWord),
		0xabcd << 20: 0,
	}
	tab := newLexTable(m)
	for _, c := range []struct {
		key  uint64
		want uint16
		ok   bool
	}{
		{hi | 1, uint16(PlaceName|PersonName) | 3, true},
		{hi | 0xffff, uint16(PlaceName|PersonName) | 3, true}, // low bits are not compared
		{2 * hi, 5, true},
		{^uint64(0), uint16(CommonWord), true},
		{0xabcd << 20, 0, true},
		{3 * hi, 0, false},
		{0, 0, false},
		{1 << 63, 0, false},
	} {
		if v, ok := tab.get(c.key); v != c.want || ok != c.ok {
			t.Errorf("get(%#x) = %d, %v; want %d, %v", c.key, v, ok, c.want, c.ok)
		}
	}
	if tab.len() != 4 || tab.priorWords != 2 {
		t.Errorf("len %d, prior words %d; want 4 and 2", tab.len(), tab.priorWords)
	}
	if want := lexClasses(uint16(PlaceName | PersonName | CommonWord)); tab.classes != want {
		t.Errorf("classes %#x, want %#x", tab.classes, want)
	}
	var empty lexTable
	if _, ok := empty.get(hi); ok {
		t.Error("an empty table holds a key")
	}
}

// TestLexTableBytes checks that a table written and read back, in place
// or from misaligned bytes, finds every key it held and none it did not.
func TestLexTableBytes(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for _, n := range []int{0, 1, 5, 1000} {
		m := map[uint64]uint16{}
		for len(m) < n {
			m[r.Uint64()] = uint16(r.Uint32())
		}
		tab := newLexTable(m)
		file := appendLexTable(nil, &tab)
		for _, shift := range []int{0, 1} { // aligned: used in place; shifted: decoded
			buf := make([]byte, shift+len(file))
			copy(buf[shift:], file)
			d := &modelBytes{b: buf[shift:]}
			got := readLexTable(d)
			if d.err != nil {
				t.Fatalf("%d keys: %v", n, d.err)
			}
			if got.len() != tab.len() || got.priorWords != tab.priorWords || got.classes != tab.classes {
				t.Errorf("%d keys: read %d entries, %d prior words, classes %#x; wrote %d, %d, %#x", n,
					got.len(), got.priorWords, got.classes, tab.len(), tab.priorWords, tab.classes)
			}
			for k, v := range m {
				if g, ok := got.get(k); !ok || g != v {
					t.Fatalf("%d keys: get(%#x) = %d, %v; want %d", n, k, g, ok, v)
				}
			}
			if _, ok := got.get(r.Uint64()); ok && n < 1000 {
				t.Errorf("%d keys: a random key was found", n)
			}
		}
	}
}

func TestReadLexTableCorrupt(t *testing.T) {
	for _, fields := range [][]uint64{
		{1 << 27, 4, 4, 0, 0},    // too many entries
		{10, 1 << 28, 13, 0, 0},  // too many homes
		{10, 12, 1 << 28, 0, 0},  // too many slots
		{10, 12, 13, 11, 0},      // more prior words than entries
		{10, 12, 13, 0, 1 << 14}, // classes beyond 13 bits
		{1000, 1250, 1260, 0, 0}, // more slots than the bytes hold
	} {
		var b []byte
		for _, f := range fields {
			b = binary.AppendUvarint(b, f)
		}
		d := &modelBytes{b: append(b, make([]byte, 200)...)}
		readLexTable(d)
		if !errors.Is(d.err, ErrTruncated) {
			t.Errorf("%v: error %v, want ErrTruncated", fields, d.err)
		}
	}
}

// TestLexTableRuns checks look-ups in runs of entries past their homes: a
// thousand keys within a few homes, with sparse keys around them, found
// each, and none of the keys next to them (their top 48 bits ±1) that the
// table lacks; the slots ascend and every entry lies at or past its home.
func TestLexTableRuns(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	m := map[uint64]uint16{}
	for range 1000 {
		m[1<<62|r.Uint64()>>20] = uint16(r.Uint32()) // the top 20 bits alike
	}
	for range 300 {
		m[r.Uint64()] = uint16(r.Uint32())
	}
	m[0], m[^uint64(0)] = 1, 2 // the first and last homes
	tab := newLexTable(m)
	if !slices.IsSorted(tab.slots) {
		t.Error("the slots do not ascend")
	}
	entries := lexEntries(&tab)
	if len(entries) != len(m) || tab.len() != len(m) {
		t.Fatalf("%d entries, len %d; want %d", len(entries), tab.len(), len(m))
	}
	for k, v := range m {
		want := k &^ lexValueMask
		i := slices.Index(tab.slots, want|uint64(v))
		for i >= 0 && i+1 < len(tab.slots) && tab.slots[i+1] == tab.slots[i] {
			i++ // past the copies in free slots before the entry
		}
		if i < 0 || uint64(i) < tab.home(k) {
			t.Fatalf("key %#x at slot %d, before its home %d", k, i, tab.home(k))
		}
		if g, ok := tab.get(k); !ok || g != v {
			t.Fatalf("get(%#x) = %d, %v; want %d", k, g, ok, v)
		}
		for _, near := range []uint64{want - 1<<16, want + 1<<16} {
			_, listed := m[near]
			if _, ok := tab.get(near); ok && !listed && near != ^uint64(0)&^lexValueMask {
				t.Errorf("get(%#x), next to a key, found an absent key", near)
			}
		}
	}
}

// lexEntries returns t's entries, without the copies of its free slots.
func lexEntries(t *lexTable) []uint64 { return slices.Compact(slices.Clone(t.slots)) }

// appendLexTableV7 appends t in the layout of versions 7 and 8: its entry
// count, bucket bits, priorWords and classes, then the bucket starts and
// the entries, each array aligned to its element's size.
func appendLexTableV7(b []byte, t *lexTable) []byte {
	entries := lexEntries(t)
	bb := bucketBits(len(entries))
	start := bucketStarts(1<<bb, len(entries), func(i int) uint64 { return entries[i] >> (64 - bb) })
	b = binary.AppendUvarint(b, uint64(len(entries)))
	b = binary.AppendUvarint(b, uint64(bb))
	b = binary.AppendUvarint(b, uint64(t.priorWords))
	b = binary.AppendUvarint(b, uint64(t.classes))
	b = append(b, make([]byte, padding(len(b), 4))...)
	for _, s := range start {
		b = binary.LittleEndian.AppendUint32(b, s)
	}
	b = append(b, make([]byte, padding(len(b), 8))...)
	for _, e := range entries {
		b = binary.LittleEndian.AppendUint64(b, e)
	}
	return b
}

// TestTableFirst checks the entries that lexicalAttrs reads ahead: for
// the cluster map, the first of a key's bucket (a table of two buckets,
// by the keys' top bit), or 0 for a bucket past the last key, an empty
// table and a bucket start past the entries (a corrupt file's index); for
// the lexicon, the slot of the key's home (three keys, three homes: a
// quarter of the key space and more a home), 0 for an empty table and a
// home past the slots (a corrupt file's home count).
func TestTableFirst(t *testing.T) {
	for _, c := range []struct {
		keys    []uint64
		key     uint64
		want    uint64 // the first key of the bucket
		wantLex uint64 // the key in the home's slot
	}{
		{[]uint64{1 << 62, 1<<62 | 1<<40, 3 << 62}, 0, 1 << 62, 1 << 62},
		{[]uint64{1 << 62, 1<<62 | 1<<40, 3 << 62}, 1<<62 | 1<<40, 1 << 62, 1 << 62},
		{[]uint64{1 << 62, 1<<62 | 1<<40, 3 << 62}, 1 << 63, 3 << 62, 1<<62 | 1<<40}, // slot 1 holds the second key, past its home
		{[]uint64{1 << 62, 1<<62 | 1<<40, 3 << 62}, ^uint64(0), 3 << 62, 3 << 62},
		{[]uint64{1 << 60, 1 << 61, 1 << 62}, 1 << 63, 0, 1 << 61}, // bucket 1 is past the keys
		{nil, 1, 0, 0},
	} {
		lm, cm := map[uint64]uint16{}, map[uint64]uint32{}
		for _, k := range c.keys {
			lm[k], cm[k] = 1, 1
		}
		lex, clu := newLexTable(lm), freeze(cm)
		if got := lex.first(c.key) &^ lexValueMask; got != c.wantLex {
			t.Errorf("%#x: lexTable.first(%#x) = %#x, want %#x", c.keys, c.key, got, c.wantLex)
		}
		if got := clu.first(c.key); got != c.want {
			t.Errorf("%#x: frozenTable.first(%#x) = %#x, want %#x", c.keys, c.key, got, c.want)
		}
		if len(c.keys) > 0 {
			lex.homes, clu.start[0] = 100, 100 // corrupt: past the slots, past the entries
			if lex.first(^uint64(0)) != 0 || clu.first(0) != 0 {
				t.Errorf("%#x: a home past the slots or a bucket starting past the entries has a first entry", c.keys)
			}
		}
	}
	var emptyLex lexTable
	var emptyClu frozenTable[uint32]
	if emptyLex.first(1) != 0 || emptyClu.first(1) != 0 {
		t.Error("a table never built has a first entry")
	}
}
