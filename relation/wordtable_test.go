package relation

import (
	"fmt"
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
