package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
)

// TestNamesOver checks what within tells of a name's tokens, and that the
// names replace the mentions inside them, sorted among the others.
func TestNamesOver(t *testing.T) {
	m := func(first, last int) annotation.Entity { // a token a byte
		return annotation.Entity{First: first, Last: last, Start: first, End: last}
	}
	ents := []annotation.Entity{m(0, 1), m(2, 4), m(5, 6), m(8, 10)}
	n := newNamesOver(ents)
	for _, c := range []struct {
		k, end, from, to int
		past             bool
	}{
		{0, 1, 0, 1, false}, // the mention itself
		{1, 2, 1, 1, false}, // between mentions: none inside
		{3, 5, 1, 2, true},  // the mention at 2-4 reaches before 3
		{4, 7, 2, 3, false}, // 5-6 inside
		{7, 9, 3, 3, true},  // 8-10 reaches past 9
		{11, 12, 4, 4, false},
	} {
		from, to, past := n.within(c.k, c.end)
		if from != c.from || to != c.to || past != c.past {
			t.Errorf("within(%d, %d) = %d, %d, %v; want %d, %d, %v", c.k, c.end, from, to, past, c.from, c.to, c.past)
		}
	}
	n = newNamesOver(ents)
	if got := n.result(); len(got) != 4 {
		t.Fatalf("no names: %d mentions, want the 4", len(got))
	}
	from, to, _ := n.within(4, 7)
	n.replace(from, to, m(4, 7))
	got := n.result()
	want := []annotation.Entity{m(0, 1), m(2, 4), m(4, 7), m(8, 10)}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for i := range want {
		if got[i].First != want[i].First || got[i].Last != want[i].Last {
			t.Errorf("mention %d: %d-%d, want %d-%d", i, got[i].First, got[i].Last, want[i].First, want[i].Last)
		}
	}
}
