package relation

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"sort"
	"testing"
)

// TestWordTable checks that a table finds every word it was given, with
// its value, and no other, where many words share a filter bit.
func TestWordTable(t *testing.T) {
	words := map[string]int{"": -1}
	for i := range 5000 { // more words than the filter has bits
		words[fmt.Sprint("w", i)] = i
	}
	// Words that filterBit cannot tell apart (the same length and first
	// and last four bytes), short words, and invalid UTF-8.
	for i, w := range []string{"abcd1wxyz", "abcd2wxyz", "abcd3wxyz", "a", "ab", "abc", "abcd", "\xff", "\xff\xfe\xfd\xfc\xfb"} {
		words[w] = 5000 + i
	}
	table := newWordTable(words)
	for w, want := range words {
		if got, ok := table.get(w); !ok || got != want {
			t.Errorf("get(%q) = %d, %v; want %d, true", w, got, ok, want)
		}
	}
	for _, w := range []string{"w", "w5000", "x1", "w12345", "ww1", "abcd4wxyz", "abcdwxyz", "b", "\xfe"} {
		if got, ok := table.get(w); ok {
			t.Errorf("get(%q) = %d, true; want none", w, got)
		}
	}
	if _, ok := newWordTable(map[string]bool{}).get("x"); ok {
		t.Error("an empty table has a word")
	}
}

// TestTableOrder compares tableOrder with a stable sort by filterBit and
// word, on none, one and many words: repeated ones, ones that filterBit
// cannot tell apart, short ones and invalid UTF-8; and checks that
// wordTableOf refuses words out of that order.
func TestTableOrder(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	pool := []string{"", "a", "ab", "abc", "abcd", "abcd1wxyz", "abcd2wxyz", "abcd3wxyz", "\xff", "\xff\xfe\xfd\xfc\xfb"}
	for i := range 3000 {
		pool = append(pool, fmt.Sprint("w", i))
	}
	for _, n := range []int{0, 1, 2, 10, 100, 5000} {
		words := make([]string, n)
		for i := range words {
			words[i] = pool[rng.IntN(len(pool))]
		}
		want := make([]int32, n)
		for i := range want {
			want[i] = int32(i)
		}
		sort.SliceStable(want, func(a, b int) bool {
			wa, wb := words[want[a]], words[want[b]]
			if ha, hb := filterBit(wa), filterBit(wb); ha != hb {
				return ha < hb
			}
			return wa < wb
		})
		if got := tableOrder(n, func(i int) string { return words[i] }); !slices.Equal(got, want) {
			t.Fatalf("%d words: tableOrder = %v, want %v", n, got, want)
		}
	}
	defer func() {
		if recover() == nil {
			t.Error("wordTableOf took words out of order")
		}
	}()
	words := []string{"w1", "w2"}
	if filterBit(words[0]) < filterBit(words[1]) {
		words[0], words[1] = words[1], words[0]
	}
	wordTableOf(words, []int{1, 2})
}
