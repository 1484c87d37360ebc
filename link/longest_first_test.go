package link

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestLongestFirst checks longestFirst against the stable sort by
// descending length it replaces: none, one, all of a length, empty word
// lists, lengths past the counts kept on the stack, and random ones; into
// a fresh array and into a longer one holding stale values.
func TestLongestFirst(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	cases := [][]int{nil, {0}, {2}, {1, 1, 1}, {0, 3, 0, 1}, {1, 2, 3, 4}, {4, 3, 2, 1}, {15, 2, 15}, {16, 3, 40, 0, 16}}
	for range 50 {
		lens := make([]int, r.IntN(200))
		for i := range lens {
			lens[i] = r.IntN(8)
		}
		cases = append(cases, lens)
	}
	for _, lens := range cases {
		words := make([][]string, len(lens))
		for i, n := range lens {
			words[i] = make([]string, n)
		}
		want := make([]int, len(words))
		for i := range want {
			want[i] = i
		}
		slices.SortStableFunc(want, func(a, b int) int { return len(words[b]) - len(words[a]) })
		if got := longestFirst(words, nil); !slices.Equal(got, want) {
			t.Errorf("lengths %v: %v, want %v", lens, got, want)
		}
		reused := make([]int, len(words)+3) // an array longer than the result, its values stale
		for i := range reused {
			reused[i] = -1
		}
		if got := longestFirst(words, reused); !slices.Equal(got, want) {
			t.Errorf("lengths %v: %v, want %v", lens, got, want)
		}
	}
}
