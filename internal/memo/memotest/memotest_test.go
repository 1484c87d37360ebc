package memotest

import (
	"sync"
	"testing"
)

// TestFromEachStart checks that every item is asked 16 times, 8 in each
// pass, and that no range, empty or smaller than the goroutines, fails.
func TestFromEachStart(t *testing.T) {
	for _, n := range []int{0, 1, 3, 8, 100} {
		var mu sync.Mutex
		asked := make(map[[2]int]int)
		FromEachStart(n, func(pass, i int) {
			mu.Lock()
			asked[[2]int{pass, i}]++
			mu.Unlock()
		})
		for i := range n {
			for pass := range 2 {
				if got := asked[[2]int{pass, i}]; got != 8 {
					t.Errorf("n %d: item %d asked %d times in pass %d, want 8", n, i, got, pass)
				}
			}
		}
		if len(asked) != 2*n {
			t.Errorf("n %d: %d (pass, item) pairs asked, want %d", n, len(asked), 2*n)
		}
	}
}
