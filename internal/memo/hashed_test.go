package memo

import (
	"sync"
	"testing"
)

// TestHashed checks Lookup against what was stored, for answers of 0, 1
// and 8 bits, a hash of 0, hashes that share a slot (the later one wins)
// and hashes that differ only in the answer's bits (one key for the table).
func TestHashed(t *testing.T) {
	const slotStep = 1 << (64 - sizeBits) // the same low bits, the next slot
	for _, tc := range []struct {
		name   string
		bits   uint
		stores []struct{ h, answer uint64 }
		h      uint64
		want   uint64
		found  bool
	}{
		{"empty table", 1, nil, 12345, 0, false},
		{"hash 0 not kept", 0, nil, 0, 0, false},
		{"hash 0 kept", 0, []struct{ h, answer uint64 }{{0, 0}}, 0, 0, true},
		{"yes", 1, []struct{ h, answer uint64 }{{0xABCDEF, 1}}, 0xABCDEF, 1, true},
		{"no", 1, []struct{ h, answer uint64 }{{0xABCDEF, 0}}, 0xABCDEF, 0, true},
		{"byte", 8, []struct{ h, answer uint64 }{{0xFEDCBA9876543210, 200}}, 0xFEDCBA9876543210, 200, true},
		{"answer masked", 1, []struct{ h, answer uint64 }{{7 << 20, 3}}, 7 << 20, 1, true},
		{"another key of the slot", 1, []struct{ h, answer uint64 }{{0x10, 1}}, 0x20, 0, false},
		{"replaced in its slot", 8, []struct{ h, answer uint64 }{{0x1000, 5}, {0x2000, 6}}, 0x1000, 0, false},
		{"other slot kept", 8, []struct{ h, answer uint64 }{{0x1000, 5}, {0x1000 + slotStep, 6}}, 0x1000, 5, true},
		{"differs in the answer's bits only", 8, []struct{ h, answer uint64 }{{0x1000, 5}}, 0x10FF, 5, true},
	} {
		var m Hashed
		for _, s := range tc.stores {
			m.Store(s.h, tc.bits, s.answer)
		}
		if got, found := m.Lookup(tc.h, tc.bits); got != tc.want || found != tc.found {
			t.Errorf("%s: Lookup(%#x, %d) = %d, %v, want %d, %v", tc.name, tc.h, tc.bits, got, found, tc.want, tc.found)
		}
	}
}

// TestHashedConcurrent stores and looks up from eight goroutines (run with
// -race): a kept answer is always the one stored for a hash that agrees in
// the bits kept (the answer's and the one above them are not).
func TestHashedConcurrent(t *testing.T) {
	var m Hashed
	answer := func(h uint64) uint64 { return h >> 9 & 0xFF }
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for i := range uint64(20000) {
				h := (i*0x9E3779B97F4A7C15 + uint64(g)) &^ 0xFF
				if got, ok := m.Lookup(h, 8); ok && got != answer(h) {
					t.Errorf("Lookup(%#x) = %d, want %d", h, got, answer(h))
					return
				}
				m.Store(h, 8, answer(h))
			}
		})
	}
	wg.Wait()
}
