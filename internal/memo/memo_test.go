package memo

import (
	"fmt"
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
