package memo

import (
	"fmt"
	"hash/maphash"
	"sync"
	"testing"
	"unsafe"
)

// TestGet checks that Get computes a key's value once while its slot
// holds it, never answers one key with another's value, and keeps its
// own copy of a key given in a buffer the caller reuses.
func TestGet(t *testing.T) {
	m := New[string]()
	calls := 0
	buf := []byte("alpha")
	get := func(key []byte) string {
		return m.Get(key, func() string { calls++; return "v:" + string(key) })
	}
	if got := get(buf); got != "v:alpha" || calls != 1 {
		t.Fatalf("first Get = %q after %d calls", got, calls)
	}
	copy(buf, "omega") // the caller reuses its buffer
	if got := get([]byte("alpha")); got != "v:alpha" || calls != 1 {
		t.Errorf("second Get = %q after %d calls, want the kept value", got, calls)
	}
	for i := range 3 * Size { // more keys than slots: some share one
		k := []byte(fmt.Sprint("k", i))
		if got := get(k); got != "v:"+string(k) {
			t.Fatalf("Get(%s) = %q", k, got)
		}
	}
}

// TestGetConcurrent runs Get from several goroutines on keys that share
// slots; under -race it checks the slots' publication.
func TestGetConcurrent(t *testing.T) {
	m := New[int]()
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for i := range 2 * Size {
				k := (i*7 + g) % (2 * Size)
				if got := m.Get([]byte(fmt.Sprint(k)), func() int { return k }); got != k {
					t.Errorf("Get(%d) = %d", k, got)
					return
				}
			}
		})
	}
	wg.Wait()
}

// TestTableSize checks that a Table is its slots alone, which fill the
// largest size class exactly.
func TestTableSize(t *testing.T) {
	if size := unsafe.Sizeof(Table[string]{}); size != 32<<10 {
		t.Errorf("a Table is %d bytes, want 32 KB", size)
	}
}

// TestGetKeepsTwoOfASet checks that two keys of one set are both kept:
// asked in turn, each is computed once.
func TestGetKeepsTwoOfASet(t *testing.T) {
	m := New[string]()
	set := func(k string) uint64 { return maphash.Bytes(seed, []byte(k)) % (Size / ways) }
	a, b := "a", ""
	for i := 0; b == ""; i++ { // a key of a's set
		if k := fmt.Sprint("b", i); set(k) == set(a) {
			b = k
		}
	}
	calls := 0
	for range 3 {
		for _, k := range []string{a, b} {
			if got := m.Get([]byte(k), func() string { calls++; return "v:" + k }); got != "v:"+k {
				t.Fatalf("Get(%s) = %q", k, got)
			}
		}
	}
	if calls != 2 {
		t.Errorf("two keys of one set asked three times each: %d computations, want 2", calls)
	}
}
