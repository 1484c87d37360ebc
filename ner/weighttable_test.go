package ner

import (
	"bytes"
	"cmp"
	"context"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/varlik/varlik/conll"
)

// randomEntries returns n entries of distinct, nonzero random keys,
// sorted by key, with random rows.
func randomEntries(r *rand.Rand, n int) []tableEntry[rowWeights] {
	seen := map[uint64]bool{0: true}
	entries := make([]tableEntry[rowWeights], 0, n)
	for len(entries) < n {
		key := r.Uint64()
		if seen[key] {
			continue
		}
		seen[key] = true
		var row rowWeights
		for y := range row {
			row[y] = int16(r.IntN(1 << 16))
		}
		entries = append(entries, tableEntry[rowWeights]{key, row})
	}
	slices.SortFunc(entries, func(a, b tableEntry[rowWeights]) int { return cmp.Compare(a.key, b.key) })
	return entries
}

func TestWeightTable(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 2, 3, 7, 100, 50000} {
		entries := randomEntries(r, n)
		table, err := newWeightTable(entries)
		if err != nil {
			t.Fatalf("%d entries: %v", n, err)
		}
		if table.len() != n {
			t.Errorf("%d entries: len %d", n, table.len())
		}
		again, _ := newWeightTable(slices.Clone(entries))
		if !slices.Equal(table.slots, again.slots) {
			t.Errorf("%d entries: placed differently the second time", n)
		}
		// Every key, and as many absent ones, in a random order.
		keys := make([]uint64, 0, 2*n+1)
		want := make([]rowWeights, 0, 2*n+1)
		held := map[uint64]bool{}
		for _, e := range entries {
			keys, want = append(keys, e.key), append(want, e.val)
			held[e.key] = true
		}
		for len(keys) < 2*n+1 {
			if k := r.Uint64(); !held[k] {
				keys, want = append(keys, k), append(want, rowWeights{})
			}
		}
		r.Shuffle(len(keys), func(i, j int) {
			keys[i], keys[j] = keys[j], keys[i]
			want[i], want[j] = want[j], want[i]
		})
		// Each key's row added to a sum of its own, which starts at its
		// index, and every third key's to the sum of the key before too.
		got := make([][numLabels]int32, len(keys))
		wantSums := make([][numLabels]int32, len(keys))
		var dst []*[numLabels]int32
		var dstKeys []uint64
		add := func(i, k int) {
			dst, dstKeys = append(dst, &got[i]), append(dstKeys, keys[k])
			for y, w := range want[k] {
				wantSums[i][y] += int32(w)
			}
		}
		for i := range keys {
			got[i][0], wantSums[i][0] = int32(i), int32(i)
			add(i, i)
			if i%3 == 2 {
				add(i-1, i)
			}
		}
		table.addRows(dstKeys, dst)
		if !slices.Equal(got, wantSums) {
			t.Errorf("%d entries: addRows gave sums other than the entries'", n)
		}
		for i := 0; i < len(keys); i += 37 {
			var sum, wantSum [numLabels]int32
			table.sumRows(keys[i:min(i+37, len(keys))], &sum)
			for _, row := range want[i:min(i+37, len(keys))] {
				for y, w := range row {
					wantSum[y] += int32(w)
				}
			}
			if sum != wantSum {
				t.Fatalf("%d entries: sumRows %v, want %v", n, sum, wantSum)
			}
		}
		for i, k := range keys {
			if got := table.get(k); got != want[i] {
				t.Fatalf("%d entries: get(%#x) %v, want %v", n, k, got, want[i])
			}
		}
		// Tokens of 0 to 6 keys, the first and the last of none, summed
		// in one call of addRowsBy.
		var ends []int
		var wantBy [][numLabels]int32
		for end := 0; ; end += len(ends) % 7 {
			end = min(end, len(keys))
			var sum [numLabels]int32
			if len(ends) > 0 {
				for _, row := range want[ends[len(ends)-1]:end] {
					for y, w := range row {
						sum[y] += int32(w)
					}
				}
			}
			ends, wantBy = append(ends, end), append(wantBy, sum)
			if end == len(keys) && len(ends) > 1 {
				break
			}
		}
		ends, wantBy = append(ends, len(keys)), append(wantBy, [numLabels]int32{})
		gotBy := make([][numLabels]int32, len(ends))
		table.addRowsBy(keys, ends, gotBy)
		if !slices.Equal(gotBy, wantBy) {
			t.Errorf("%d entries: addRowsBy gave sums other than the entries'", n)
		}
	}
}

// TestWeightTableTags checks the tags newWeightTable makes, and look-ups
// of keys that share their tags: tables whose keys take 1 or 3 tags
// (the first two tables of one bucket, every key in both of its slots'
// reach), absent keys with those tags too, and a key in slot 0 and keys
// of tag 0, which an empty slot has.
func TestWeightTableTags(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for _, tt := range []struct{ n, tags int }{{1, 1}, {2, 1}, {2, 3}, {7, 1}, {100, 3}, {5000, 3}} {
		// Keys of tags 0 to tt.tags-1.
		withTag := func(k uint64) uint64 { return k&^tagMask | uint64(r.IntN(tt.tags))<<32 | 1 }
		entries := randomEntries(r, tt.n)
		held := map[uint64]bool{}
		for i := range entries {
			entries[i].key = withTag(entries[i].key)
			held[entries[i].key] = true
		}
		if len(held) != tt.n {
			t.Fatalf("%v: repeated keys", tt)
		}
		table, err := newWeightTable(entries)
		if err != nil {
			t.Fatalf("%v: %v", tt, err)
		}
		if len(table.tags) != len(table.slots)/2 {
			t.Fatalf("%v: %d tags for %d slots", tt, len(table.tags), len(table.slots))
		}
		for i, e := range table.slots {
			if table.tags[i/2][i%2] != keyTag(e.key) {
				t.Fatalf("%v: slot %d's tag %#x, its key's %#x", tt, i, table.tags[i/2][i%2], keyTag(e.key))
			}
		}
		keys := make([]uint64, 0, 2*tt.n)
		want := make([]rowWeights, 0, 2*tt.n)
		for _, e := range entries {
			keys, want = append(keys, e.key), append(want, e.val)
		}
		for len(keys) < 2*tt.n {
			if k := withTag(r.Uint64()); !held[k] {
				keys, want = append(keys, k), append(want, rowWeights{})
			}
		}
		for i := 0; i < len(keys); i += lookupBatch {
			var pos [lookupBatch]uint32
			batch := keys[i:min(i+lookupBatch, len(keys))]
			table.locate(batch, &pos)
			for k := range batch {
				if got := *table.row(pos[k]); got != want[i+k] {
					t.Fatalf("%v: key %#x's row %v, want %v", tt, batch[k], got, want[i+k])
				}
			}
		}
	}
}

// TestWeightTableCorruptTags checks look-ups in a table whose tags are
// wrong, as a corrupt file's may be: they stay inside the table, and
// find a key whose tag is right.
func TestWeightTableCorruptTags(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	entries := randomEntries(r, 1000)
	table, err := newWeightTable(entries)
	if err != nil {
		t.Fatal(err)
	}
	tags := slices.Clone(table.tags)
	for b := range tags {
		if b%3 == 0 {
			tags[b][0] ^= 1
			tags[b][1] = keyTag(entries[b%len(entries)].key)
		}
	}
	table.tags = tags
	for _, e := range entries {
		var pos [lookupBatch]uint32
		table.locate([]uint64{e.key}, &pos)
		got := *table.row(pos[0])
		b1, b2 := buckets(e.key, uint64(len(tags)))
		if got != e.val && !(b1%3 == 0 || b2%3 == 0) {
			t.Fatalf("key %#x, its tag right, not found", e.key)
		}
		if got != e.val && got != (rowWeights{}) {
			t.Fatalf("key %#x: another key's row", e.key)
		}
	}
}

func TestWeightTableRepeatedKeys(t *testing.T) {
	entries := randomEntries(rand.New(rand.NewPCG(3, 4)), 10)
	for range 5 {
		entries = append(entries, entries[0])
	}
	if _, err := newWeightTable(entries); err == nil {
		t.Error("six copies of a key were placed in its four slots")
	}
}

// weightsAt returns m's file and the offset of its weight table, after
// the header, the lexicon and the cluster map.
func weightsAt(t testing.TB, m *Model) ([]byte, int) {
	t.Helper()
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	d := &modelBytes{b: buf.Bytes(), off: headerLen(t, buf.Bytes())}
	readLexTable(d)
	readTable[uint32](d, "cluster map")
	if d.err != nil {
		t.Fatal(d.err)
	}
	return d.b, d.off
}

// oldVersion returns m's file as version 5, 6, 7 or 8 wrote it: the
// lexicon's entries with an index of bucket starts, the weight table
// without tags before version 8, in version 6 and 5 the lexicon laid out
// as the cluster map is, and in version 5 the weight table too.
func oldVersion(t testing.TB, m *Model, version byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	b := bytes.Clone(buf.Bytes()[:headerLen(t, buf.Bytes())])
	b[len(modelMagic)] = version
	if version >= 7 {
		b = appendLexTableV7(b, &m.fs.lex)
	} else {
		var lex []tableEntry[uint16]
		for _, e := range lexEntries(&m.fs.lex) {
			lex = append(lex, tableEntry[uint16]{e &^ lexValueMask, uint16(e)})
		}
		old := newFrozenTable(lex)
		b = appendTable(b, &old)
	}
	b = appendTable(b, &m.fs.clu)
	if version >= 6 {
		b = appendWeightTable(b, &m.table, version >= 8)
	} else {
		var entries []tableEntry[rowWeights]
		for _, e := range m.table.slots {
			if e.key != 0 {
				entries = append(entries, e)
			}
		}
		slices.SortFunc(entries, func(a, b tableEntry[rowWeights]) int { return cmp.Compare(a.key, b.key) })
		weights := newFrozenTable(entries)
		b = appendTable(b, &weights)
	}
	b = append(b, modelTrailer...)
	return binary.LittleEndian.AppendUint32(b, crc32.Checksum(b, castagnoli()))
}

// TestReadOldVersions checks that version 5, 6, 7 and 8 files are read, their
// lexicon and weights placed, and their tags made, as this version's
// writer places and makes them.
func TestReadOldVersions(t *testing.T) {
	sents, err := conll.ReadFile("testdata/ner_tiny.conll", conll.Options{})
	if err != nil {
		t.Fatal(err)
	}
	cfg := tinyConfig
	cfg.Lexicon = NewLexicon(strings.ToLower)
	cfg.Lexicon.AddWords(PlaceName, "Ankara", "İzmir")
	cfg.Lexicon.AddWords(PersonName, "Ahmet")
	m, err := Train(context.Background(), sents, cfg)
	if err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	m.WriteTo(&want)
	for _, v := range []byte{5, 6, 7, 8} {
		old, err := LoadModel(bytes.NewReader(oldVersion(t, m, v)))
		if err != nil {
			t.Fatalf("version %d: %v", v, err)
		}
		var got bytes.Buffer
		old.WriteTo(&got)
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Errorf("a version %d file read and written again differs from the model's file", v)
		}
	}
}

// TestReadWeightTableCorrupt checks that a weight table whose bucket count
// the bytes do not hold, slots and tags, is an error.
func TestReadWeightTableCorrupt(t *testing.T) {
	m, err := tinyModel()
	if err != nil {
		t.Fatal(err)
	}
	file, off := weightsAt(t, m)
	rest := file[off:]
	_, n := binary.Uvarint(rest) // the key count
	nb, _ := binary.Uvarint(rest[n:])
	tagsOff := len(file) - len(modelTrailer) - 4 - 2*int(nb)
	noTags := withChecksum(append(bytes.Clone(file[:tagsOff]), modelTrailer+"...."...))
	if _, err := LoadModel(bytes.NewReader(noTags)); !errors.Is(err, ErrTruncated) {
		t.Errorf("no tags: error %v, want ErrTruncated", err)
	}
	for _, nb := range []uint64{0, uint64(len(rest)), uint64(len(rest)) / 64, 1<<63 + 1} {
		bad := binary.AppendUvarint(bytes.Clone(file[:off+n]), nb)
		bad = append(bad, make([]byte, 256)...)
		if _, err := LoadModel(bytes.NewReader(withChecksum(append(bad, 0, 0, 0, 0)))); !errors.Is(err, ErrTruncated) {
			t.Errorf("%d buckets: error %v, want ErrTruncated", nb, err)
		}
	}
}

// TestModelDecoded checks the tables decoded from bytes that are not
// aligned (as on a big-endian machine): they write the same file.
func TestModelDecoded(t *testing.T) {
	m, err := tinyModel()
	if err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	if _, err := m.WriteTo(&want); err != nil {
		t.Fatal(err)
	}
	off := append([]byte{0}, want.Bytes()...)[1:]
	decoded, err := decodeModel(off, true)
	if err != nil {
		t.Fatal(err)
	}
	if aligned(off, 8) {
		t.Fatal("the bytes are aligned")
	}
	var got bytes.Buffer
	decoded.WriteTo(&got)
	if !bytes.Equal(got.Bytes(), want.Bytes()) {
		t.Error("a model decoded from unaligned bytes writes another file")
	}
}
