// Package memotest checks a memo shared by goroutines, for the tests of
// the packages that keep one (internal/memo's tables and the packages'
// own).
package memotest

import "sync"

// FromEachStart calls check(pass, i) for every i below n twice, pass 0
// then pass 1 (a memo mostly missing, then mostly holding the answers),
// from eight goroutines at once, each going round from its own eighth of
// the range, so that they ask for the same items at different moments.
// Under -race it finds a memo's unsynchronized writes; check reports a
// wrong answer.
func FromEachStart(n int, check func(pass, i int)) {
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for pass := range 2 {
				for k := range n {
					check(pass, (k+g*n/8)%n)
				}
			}
		})
	}
	wg.Wait()
}
