package ner

import (
	"encoding/binary"
	"errors"
	"math/rand/v2"
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
		{1 << 27, 4, 0, 0},  // too many entries
		{10, 0, 0, 0},       // no bucket bits
		{10, 40, 0, 0},      // too many buckets
		{10, 2, 11, 0},      // more prior words than entries
		{10, 2, 0, 1 << 14}, // classes beyond 13 bits
		{1000, 4, 0, 0},     // more entries than the bytes hold
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

// TestTableFirst checks the entries that lexicalAttrs reads ahead: the
// first of a key's bucket (a table of two buckets, by the keys' top bit),
// or 0 for a bucket past the last key, an empty table and a bucket start
// past the entries (a corrupt file's index).
func TestTableFirst(t *testing.T) {
	for _, c := range []struct {
		keys []uint64
		key  uint64
		want uint64 // the first key of the bucket
	}{
		{[]uint64{1 << 62, 1<<62 | 1<<40, 3 << 62}, 0, 1 << 62},
		{[]uint64{1 << 62, 1<<62 | 1<<40, 3 << 62}, 1<<62 | 1<<40, 1 << 62},
		{[]uint64{1 << 62, 1<<62 | 1<<40, 3 << 62}, 1 << 63, 3 << 62},
		{[]uint64{1 << 62, 1<<62 | 1<<40, 3 << 62}, ^uint64(0), 3 << 62},
		{[]uint64{1 << 60, 1 << 61, 1 << 62}, 1 << 63, 0}, // bucket 1 is past the keys
		{nil, 1, 0},
	} {
		lm, cm := map[uint64]uint16{}, map[uint64]uint32{}
		for _, k := range c.keys {
			lm[k], cm[k] = 1, 1
		}
		lex, clu := newLexTable(lm), freeze(cm)
		if got := lex.first(c.key) &^ lexValueMask; got != c.want {
			t.Errorf("%#x: lexTable.first(%#x) = %#x, want %#x", c.keys, c.key, got, c.want)
		}
		if got := clu.first(c.key); got != c.want {
			t.Errorf("%#x: frozenTable.first(%#x) = %#x, want %#x", c.keys, c.key, got, c.want)
		}
		if len(c.keys) > 0 {
			lex.start[0], clu.start[0] = 100, 100 // corrupt: past the entries
			if lex.first(0) != 0 || clu.first(0) != 0 {
				t.Errorf("%#x: a bucket starting past the entries has a first entry", c.keys)
			}
		}
	}
	var emptyLex lexTable
	var emptyClu frozenTable[uint32]
	if emptyLex.first(1) != 0 || emptyClu.first(1) != 0 {
		t.Error("a table never built has a first entry")
	}
}
