package link

import (
	"slices"
	"testing"
)

func TestWordMentions(t *testing.T) {
	type add struct {
		word    string
		mention int
	}
	tests := []struct {
		name string
		adds []add
		want map[string][]int // words asked, and their mentions in order
	}{
		{"empty", nil, map[string][]int{"x": nil, "": nil}},
		{"one word", []add{{"ли", 3}}, map[string][]int{"ли": {3}, "цян": nil}},
		{"in the order added", []add{{"a", 1}, {"b", 1}, {"a", 4}, {"b", 2}, {"a", 9}}, map[string][]int{"a": {1, 4, 9}, "b": {1, 2}}},
		{"a mention repeated in a row once", []add{{"a", 1}, {"a", 1}, {"b", 1}, {"a", 2}, {"a", 1}}, map[string][]int{"a": {1, 2, 1}, "b": {1}}},
		{"invalid UTF-8 and empty words", []add{{"\xff\xfe", 0}, {"", 5}, {"\xff\xfe", 7}}, map[string][]int{"\xff\xfe": {0, 7}, "": {5}}},
	}
	var wm wordMentions
	for _, tt := range tests {
		wm.reset()
		for _, a := range tt.adds {
			wm.add(a.word, a.mention)
		}
		for w, want := range tt.want {
			if got := slices.Collect(wm.of(w)); !slices.Equal(got, want) {
				t.Errorf("%s: of(%q) = %v, want %v", tt.name, w, got, want)
			}
		}
		clear(wm.chains) // as putScratch
	}
}

// TestWordMentionsMany lists 100,000 mentions under 1,000 words, and
// stops early where the caller breaks.
func TestWordMentionsMany(t *testing.T) {
	var wm wordMentions
	wm.reset()
	words := make([]string, 1000)
	for k := range words {
		words[k] = string(rune('a'+k%26)) + string(rune(0x430+k/26))
	}
	for i := range 100000 {
		wm.add(words[i%len(words)], i)
	}
	for k, w := range words {
		n := 0
		for i := range wm.of(w) {
			if i != k+n*len(words) {
				t.Fatalf("of(%q): mention %d is %d", w, n, i)
			}
			n++
		}
		if n != 100 {
			t.Fatalf("of(%q): %d mentions, want 100", w, n)
		}
	}
	for i := range wm.of(words[0]) {
		if i > 0 {
			t.Fatalf("a break went on to %d", i)
		}
		break
	}
}
