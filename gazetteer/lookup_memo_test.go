package gazetteer

import (
	"fmt"
	"slices"
	"sync"
	"testing"
)

// TestLookupMemo checks that Lookup answers the same from its memo as
// without it, for names asked many times over from several goroutines,
// more names than the memo has slots (so that slots are replaced).
func TestLookupMemo(t *testing.T) {
	g := Default()
	names := []string{"Ankara", "ANKARA", "İstanbul", "Москва", "London", "Fenerbahçe", "no such place", "", "  "}
	for i := range 2 * lookupMemoSize {
		names = append(names, fmt.Sprintf("Name %d", i))
	}
	want := make([][]*Entry, len(names))
	for i, n := range names {
		want[i] = g.lookupAll(n)
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for range 3 {
				for i, n := range names {
					if got := g.Lookup(n, ""); !slices.Equal(got, want[i]) {
						t.Errorf("Lookup(%q) = %v, want %v", n, ids(got), ids(want[i]))
					}
				}
			}
		})
	}
	wg.Wait()
}
