package relation

import (
	"slices"
	"testing"

	"github.com/varlik/varlik/annotation"
)

// TestChains checks the lists of values by key that statedIndex keeps:
// none before the first value, each key's values alone (in any order),
// none once emptied, and again after refilling, on many keys.
func TestChains(t *testing.T) {
	var c chains[int]
	values := func(key int) []int {
		var got []int
		c.any(key, func(v *int) bool { got = append(got, *v); return false })
		slices.Sort(got)
		return got
	}
	if got := values(0); got != nil {
		t.Fatalf("empty: %v", got)
	}
	for round := range 2 {
		for v := range 10_000 {
			c.add(v%100, v)
		}
		for key := range 100 {
			got := values(key)
			if len(got) != 100 || got[0] != key || got[99] != 9900+key {
				t.Fatalf("round %d: key %d holds %d values %v...", round, key, len(got), got[:min(3, len(got))])
			}
		}
		if !c.any(7, func(v *int) bool { return *v == 507 }) || c.any(7, func(v *int) bool { return *v == 508 }) {
			t.Fatalf("round %d: any finds another key's value, or misses its own", round)
		}
		c.empty()
		if got := values(7); got != nil {
			t.Fatalf("round %d: emptied, key 7 holds %v", round, got)
		}
	}
}

// TestStatedIndex checks what statedIndex counts as stated before and
// after it is emptied: the same relation, MEETS either way round, a
// second title of a subject over the same words, a quote taken.
func TestStatedIndex(t *testing.T) {
	var ix statedIndex
	role := annotation.Relation{Type: annotation.Role, Subject: 1, Object: 2, Start: 10, End: 30, Role: "president"}
	meets := annotation.Relation{Type: annotation.Meets, Subject: 3, Object: 4, Start: 40, End: 60}
	says := annotation.Relation{Type: annotation.Says, Subject: 5, Object: -1, Start: 0, End: 90, QuoteStart: 5000, QuoteEnd: 5100}
	long := annotation.Relation{Type: annotation.Says, Subject: 6, Object: -1, QuoteStart: 20 * quoteBucket, QuoteEnd: 29 * quoteBucket}
	for round := range 2 {
		for _, r := range []annotation.Relation{role, meets, says, long} {
			if ix.stated(r) {
				t.Fatalf("round %d: %v stated before it was added", round, r)
			}
			ix.add(r)
		}
		stated := []annotation.Relation{
			role,
			{Type: annotation.Role, Subject: 1, Object: 7, Start: 20, End: 40}, // the same title read from another start
			{Type: annotation.Role, Subject: 1, Object: -1, Start: 25, End: 35},
			{Type: annotation.Meets, Subject: 4, Object: 3},
			{Type: annotation.Says, Subject: 8, Object: -1, QuoteStart: 5050, QuoteEnd: 5060},
			{Type: annotation.Says, Subject: 8, Object: -1, QuoteStart: 25 * quoteBucket, QuoteEnd: 25*quoteBucket + 1},
		}
		for _, r := range stated {
			if !ix.stated(r) {
				t.Errorf("round %d: %v not stated", round, r)
			}
		}
		notStated := []annotation.Relation{
			{Type: annotation.Role, Subject: 1, Object: 7, Start: 30, End: 40}, // after the title
			{Type: annotation.Role, Subject: 2, Object: 7, Start: 20, End: 40},
			{Type: annotation.Says, Subject: 8, Object: -1, QuoteStart: 10 * quoteBucket, QuoteEnd: 10*quoteBucket + 1},
		}
		for _, r := range notStated {
			if ix.stated(r) {
				t.Errorf("round %d: %v stated", round, r)
			}
		}
		ix.empty()
	}
}

// TestStatedIndexMany checks the relations statedIndex holds past
// maxListed, when it moves them from its list to its map, and after it is
// emptied (back to the list), with MEETS either way round.
func TestStatedIndexMany(t *testing.T) {
	var ix statedIndex
	meets := func(s, o int) annotation.Relation {
		return annotation.Relation{Type: annotation.Meets, Subject: s, Object: o, Start: 10 * s, End: 10*s + 5}
	}
	for round, n := range []int{maxListed + 20, 3, maxListed, maxListed + 1} {
		for s := range n {
			if ix.stated(meets(s, s+1000)) {
				t.Fatalf("round %d: %d relations, the %dth stated before it was added", round, n, s)
			}
			ix.add(meets(s, s+1000))
		}
		for s := range n + 5 {
			if got := ix.stated(meets(s+1000, s)); got != (s < n) {
				t.Fatalf("round %d: %d relations, the %dth reversed stated: %v", round, n, s, got)
			}
		}
		ix.empty()
		if ix.stated(meets(0, 1000)) {
			t.Fatalf("round %d: a relation stated once emptied", round)
		}
	}
}
