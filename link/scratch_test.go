package link

import (
	"slices"
	"testing"
)

// TestPutScratchEmpties checks that a pooled scratch keeps no document's
// strings, in particular past the length of its words array, which
// putScratch clears to its length only: a long document then a short one
// must leave the whole array empty.
func TestPutScratchEmpties(t *testing.T) {
	for _, tc := range []struct {
		name  string
		words []int // the words of each document in turn
	}{
		{"none", []int{0}},
		{"one", []int{1}},
		{"long then short", []int{1000, 3}},
		{"short then long", []int{3, 1000}},
		{"long, empty, short", []int{1000, 0, 2}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sc := &linkerScratch{typed: typedNames{byKey: map[string]int32{}}}
			for _, n := range tc.words {
				words := slices.Grow(sc.all[:0], n) // as LinkContext does
				for i := range n {
					words = append(words, "w"+string(rune('a'+i%26)))
				}
				sc.id = resize(sc.id, 2)
				sc.id[0] = "Q1"
				sc.all = words
				putScratch(sc)
				for i, w := range sc.all[:cap(sc.all)] {
					if w != "" {
						t.Fatalf("after %d words, all[%d] = %q", n, i, w)
					}
				}
				if slices.ContainsFunc(sc.id, func(s string) bool { return s != "" }) {
					t.Fatalf("id kept %q", sc.id)
				}
			}
		})
	}
}
