package mention

import (
	"fmt"
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
