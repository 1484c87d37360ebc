package ner

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"math/rand/v2"
	"slices"
	"testing"
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
	readTable[uint16](d, "lexicon")
	readTable[uint32](d, "cluster map")
	if d.err != nil {
		t.Fatal(d.err)
	}
	return d.b, d.off
}

// version5 returns m's file as version 5 wrote it: the weight table laid
// out as the lexicon is.
func version5(t testing.TB, m *Model) []byte {
	t.Helper()
	file, off := weightsAt(t, m)
	b := bytes.Clone(file[:off])
	b[len(modelMagic)] = 5
	var entries []tableEntry[rowWeights]
	for _, e := range m.table.slots {
		if e.key != 0 {
			entries = append(entries, e)
		}
	}
	slices.SortFunc(entries, func(a, b tableEntry[rowWeights]) int { return cmp.Compare(a.key, b.key) })
	weights := newFrozenTable(entries)
	b = append(appendTable(b, &weights), modelTrailer...)
	return binary.LittleEndian.AppendUint32(b, crc32.Checksum(b, castagnoli()))
}

// TestReadVersion5 checks that a version 5 file is read, its weights
// placed as this version's writer places them.
func TestReadVersion5(t *testing.T) {
	m, err := tinyModel()
	if err != nil {
		t.Fatal(err)
	}
	m5, err := LoadModel(bytes.NewReader(version5(t, m)))
	if err != nil {
		t.Fatal(err)
	}
	var want, got bytes.Buffer
	m.WriteTo(&want)
	m5.WriteTo(&got)
	if !bytes.Equal(got.Bytes(), want.Bytes()) {
		t.Error("a version 5 file read and written again differs from the model's file")
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
