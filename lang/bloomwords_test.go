package lang

import (
	"fmt"
	"testing"
)

// TestBloomWords checks that every word of the set is found, that the
// share of other words found is near the rate 10 bits a word gives (about
// 1%), and that malformed data makes an empty set.
func TestBloomWords(t *testing.T) {
	var words []string
	for i := range 20000 {
		words = append(words, fmt.Sprintf("слово%d", i))
	}
	set := NewBloomWords(string(BuildBloomWords(words, 10, 7)))
	for _, w := range words {
		if !set.Has(w) {
			t.Fatalf("Has(%q) = false for a word of the set", w)
		}
	}
	found := 0
	const others = 100000
	for i := range others {
		if set.Has(fmt.Sprintf("другое%d", i)) {
			found++
		}
	}
	// 20,000 words in 262,144 bits (13 a word, rounded up): about 0.3%.
	if rate := float64(found) / others; rate > 0.01 {
		t.Errorf("%d of %d other words found (%.2f%%), want under 1%%", found, others, 100*rate)
	}
	bad := []string{"", "\x07", "\x00" + string(make([]byte, 71)), "\x07" + string(make([]byte, 7)) + "abc",
		"\x07\x01" + string(make([]byte, 70)), "\x07" + string(make([]byte, 7+96))} // a nonzero header byte; 96 bytes, no power of two
	for _, data := range bad {
		if s := NewBloomWords(data); s.Has("слово1") || s.Has("") {
			t.Errorf("NewBloomWords(%q) finds words", data)
		}
	}
}

// TestBloomWordsBlocked checks that each word's bits lie in one 64-byte
// block: a filter of one word has bits set in one block only.
func TestBloomWordsBlocked(t *testing.T) {
	for i := range 200 {
		data := BuildBloomWords([]string{fmt.Sprintf("слово%d", i)}, 4096, 7)
		blocks := map[int]bool{}
		for j, b := range data[8:] {
			if b != 0 {
				blocks[j/64] = true
			}
		}
		if len(blocks) != 1 {
			t.Fatalf("word %d: bits in %d blocks", i, len(blocks))
		}
	}
	if one := NewBloomWords(string(BuildBloomWords([]string{"a", "b"}, 1, 7))); !one.Has("a") || !one.Has("b") {
		t.Error("a filter of one block misses its words")
	}
}
