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

// oldVersion returns m's file as version 5 or 6 wrote it: the lexicon
// laid out as the cluster map is, and in version 5 the weight table too.
func oldVersion(t testing.TB, m *Model, version byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	b := bytes.Clone(buf.Bytes()[:headerLen(t, buf.Bytes())])
	b[len(modelMagic)] = version
	var lex []tableEntry[uint16]
	for _, e := range m.fs.lex.entries {
		lex = append(lex, tableEntry[uint16]{e &^ lexValueMask, uint16(e)})
	}
	old := newFrozenTable(lex)
	b = appendTable(b, &old)
	b = appendTable(b, &m.fs.clu)
	if version == 6 {
		b = appendWeightTable(b, &m.table)
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

// TestReadOldVersions checks that version 5 and 6 files are read, their
// lexicon and weights placed as this version's writer places them.
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
	for _, v := range []byte{5, 6} {
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
// the bytes do not hold is an error.
func TestReadWeightTableCorrupt(t *testing.T) {
	m, err := tinyModel()
	if err != nil {
		t.Fatal(err)
	}
	file, off := weightsAt(t, m)
	rest := file[off:]
	_, n := binary.Uvarint(rest) // the key count
	for _, nb := range []uint64{0, uint64(len(rest)), 1<<63 + 1} {
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
