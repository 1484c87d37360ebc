package gazetteer

import (
	"bytes"
	"encoding/binary"
	"flag"
	"os"
	"slices"
	"testing"
)

var updateIndex = flag.Bool("update-index", false, "rewrite data/default.idx from data/default.tsv")

// TestDefaultIndexCurrent checks that data/default.idx is what build makes
// of data/default.tsv (go generate ./gazetteer rewrites it with
// -update-index): the packed index is generated data, rebuilt
// byte-identically.
func TestDefaultIndexCurrent(t *testing.T) {
	g, err := parseDefault()
	if err != nil {
		t.Fatal(err)
	}
	want, err := appendPacked(nil, g, defaultTSV)
	if err != nil {
		t.Fatal(err)
	}
	if *updateIndex {
		if err := os.WriteFile("data/default.idx", want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal(defaultIndex, want) {
		t.Fatal("data/default.idx is not current: run go generate ./gazetteer")
	}
}

// TestPackedMatchesParsed checks that the default gazetteer loaded in
// place from its index answers as the one parsed from the TSV: the same
// entries, IDs, lookups and matches.
func TestPackedMatchesParsed(t *testing.T) {
	packed, err := loadPacked(defaultIndex, defaultTSV)
	if err != nil {
		t.Fatal(err)
	}
	parsed, err := parseDefault()
	if err != nil {
		t.Fatal(err)
	}
	if packed.Len() != parsed.Len() {
		t.Fatalf("Len: packed %d, parsed %d", packed.Len(), parsed.Len())
	}
	for i, e := range parsed.Entries() {
		got := packed.ByID(e.ID)
		if got == nil || got.ID != e.ID || got.Type != e.Type || got.Prior != e.Prior || len(got.Names) != len(e.Names) {
			t.Fatalf("ByID(%q): packed %+v, parsed %+v", e.ID, got, e)
		}
		if i%97 == 0 {
			for _, names := range e.Names {
				for _, n := range names {
					if a, b := ids(packed.Lookup(n, "")), ids(parsed.Lookup(n, "")); !slices.Equal(a, b) {
						t.Errorf("Lookup(%q): packed %v, parsed %v", n, a, b)
					}
				}
			}
		}
	}
	// IDs next to real ones: cut short, run on, with the tab after the
	// ID in the line and what follows it.
	first := parsed.Entries()[0]
	line := first.ID + "\t" + first.Type
	for _, id := range []string{"no such id", "", first.ID[:len(first.ID)-1], first.ID + "0", first.ID + "\t", line, line[:len(line)-1]} {
		if e := packed.ByID(id); e != nil {
			t.Errorf("ByID(%q) = %s, want nil", id, e.ID)
		}
	}
	for _, typ := range []string{Person, Location, Organization} {
		if a, b := ids(packed.EntriesOf(typ, 0.8)), ids(parsed.EntriesOf(typ, 0.8)); !slices.Equal(a, b) {
			t.Errorf("EntriesOf(%s): packed %d entries, parsed %d", typ, len(a), len(b))
		}
	}
	if a, b := ids(packed.Entries()), ids(parsed.Entries()); !slices.Equal(a, b) {
		t.Error("Entries differ")
	}
}

// TestLoadPackedRejectsDamage checks that an index whose layout is
// damaged is refused (and Default then parses the TSV), never read out of
// bounds: cut short, lengthened, or with a header that does not fit its
// arrays (a key shift that does not match the slots' count).
func TestLoadPackedRejectsDamage(t *testing.T) {
	badShift := bytes.Clone(defaultIndex)
	off := len(packedMagic) + 1
	for range 2 { // past the entries' and the slots' counts
		_, n := binary.Uvarint(badShift[off:])
		off += n
	}
	badShift[off]++ // the shift, one byte
	for _, data := range [][]byte{nil, []byte("VARLIKGAZ"), defaultIndex[:len(defaultIndex)/2], append(bytes.Clone(defaultIndex), 0), badShift} {
		if _, err := loadPacked(data, defaultTSV); err == nil {
			t.Errorf("a damaged index of %d bytes loaded", len(data))
		}
	}
	if _, err := loadPacked(defaultIndex, defaultTSV[:len(defaultTSV)-1]); err == nil {
		t.Error("an index loaded over the wrong TSV")
	}
}

// TestPackedConcurrentDecode has goroutines decode the same entries and
// groups at once: each entry must come out as one *Entry (run with -race).
func TestPackedConcurrentDecode(t *testing.T) {
	g, err := loadPacked(defaultIndex, defaultTSV)
	if err != nil {
		t.Fatal(err)
	}
	names := []string{"Türkiye", "Ankara", "Russia", "Москва", "Çin", "NATO"}
	got := make([][]*Entry, 8)
	done := make(chan int)
	for w := range got {
		go func() {
			for _, n := range names {
				got[w] = append(got[w], g.Lookup(n, "")...)
			}
			got[w] = append(got[w], g.ByID("Q43"))
			done <- w
		}()
	}
	for range got {
		<-done
	}
	for w := 1; w < len(got); w++ {
		if !slices.Equal(got[w], got[0]) {
			t.Fatalf("goroutine %d saw other entries than goroutine 0", w)
		}
	}
}
