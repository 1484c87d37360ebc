package mention

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
)

// TestMergeByStart checks the merge against the stable order it replaces,
// with and without room in ents, and that nothing added leaves ents as it
// is.
func TestMergeByStart(t *testing.T) {
	ents := []annotation.Entity{{Start: 0, Source: "a"}, {Start: 5, Source: "a"}, {Start: 9, Source: "a"}}
	added := []annotation.Entity{{Start: 3, Source: "b"}, {Start: 5, Source: "b"}, {Start: 12, Source: "b"}}
	roomy := append(make([]annotation.Entity, 0, 10), ents...) // merged in place
	for _, ents := range [][]annotation.Entity{ents, roomy} {
		var got []string
		for _, e := range MergeByStart(ents, added) {
			got = append(got, fmt.Sprintf("%s%d", e.Source, e.Start))
		}
		if want := "a0 b3 a5 b5 a9 b12"; strings.Join(got, " ") != want {
			t.Errorf("MergeByStart(cap %d) = %s, want %s", cap(ents), strings.Join(got, " "), want)
		}
	}
	if got := MergeByStart(ents, nil); len(got) != len(ents) || &got[0] != &ents[0] {
		t.Error("merging nothing changed ents")
	}
}

// TestMergeByStartRandom checks the merge against a stable sort of the
// concatenation on random inputs: empty, one-sided, all-equal and long.
func TestMergeByStartRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	sorted := func(n, span int, source string) []annotation.Entity {
		ents := make([]annotation.Entity, n)
		for i := range ents {
			ents[i] = annotation.Entity{Start: r.IntN(span), Source: source, Text: fmt.Sprint(i)}
		}
		slices.SortStableFunc(ents, func(a, b annotation.Entity) int { return cmp.Compare(a.Start, b.Start) })
		return ents
	}
	for _, c := range []struct{ n, added, span, room int }{
		{0, 0, 1, 0}, {0, 3, 5, 0}, {4, 0, 5, 0}, {5, 5, 1, 0}, {5, 5, 1, 5},
		{1000, 7, 2000, 0}, {1000, 7, 2000, 100}, {20, 300, 50, 0}, {300, 300, 40, 600},
	} {
		for range 20 {
			ents, added := sorted(c.n, c.span, "a"), sorted(c.added, c.span, "b")
			want := slices.SortedStableFunc(slices.Values(slices.Concat(ents, added)),
				func(a, b annotation.Entity) int { return cmp.Compare(a.Start, b.Start) })
			in := append(make([]annotation.Entity, 0, c.n+c.room), ents...)
			if got := MergeByStart(in, added); !slices.Equal(got, want) {
				t.Fatalf("%+v: merged\n%v\nwant\n%v", c, got, want)
			}
		}
	}
}
