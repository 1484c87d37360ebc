package relation

import (
	"slices"
	"testing"
)

// TestAnchorOf checks which element a match's first unit must begin.
func TestAnchorOf(t *testing.T) {
	tests := []struct {
		name  string
		elems []Elem
		want  int
	}{
		{"entity first", []Elem{Ent(ArgSubj, "PER", ""), Words("said")}, 0},
		{"look-behind first", []Elem{NotAfter("of"), Ent(ArgSubj, "PER", "")}, 1},
		{"look-arounds first", []Elem{NotAfter("of"), NotWords("the"), NotEnt("LOC"), AheadWords("mr"), Title(TitleAny)}, 4},
		{"sentence start", []Elem{SentenceStart(), Title(TitleAny)}, 0},
		{"optional after a look-behind", []Elem{NotAfter("of"), Opt(Words("the")), Ent(ArgSubj, "PER", "")}, -1},
		{"optional first", []Elem{Opt(Ent(ArgSubj, "PER", "")), Words("said")}, -1},
		{"look-arounds only", []Elem{NotAfter("of"), NotEnt("PER")}, -1},
		{"none", nil, -1},
	}
	for _, tt := range tests {
		if got := anchorOf(&Pattern{Elems: tt.elems}); got != tt.want {
			t.Errorf("%s: anchorOf = %d, want %d", tt.name, got, tt.want)
		}
	}
}

// TestSetConsumers checks which element each look-around defers to.
func TestSetConsumers(t *testing.T) {
	tests := []struct {
		name  string
		elems []Elem
		want  []int
	}{
		{"look-behind before an entity", []Elem{NotAfter("of"), Ent(ArgSubj, "PER", "")}, []int{1, 0}},
		{"two look-arounds", []Elem{Ent(ArgSubj, "PER", ""), NotWords("the"), NotAfter("and"), Words("said")}, []int{0, 2, 1, 0}},
		{"optional after", []Elem{NotAfter("of"), Opt(Words("the")), Ent(ArgSubj, "PER", "")}, []int{0, 0, 0}},
		{"nothing after", []Elem{Ent(ArgSubj, "PER", ""), NotEnt("PER")}, []int{0, 0}},
	}
	for _, tt := range tests {
		pat := &Pattern{Elems: tt.elems}
		setConsumers(pat)
		var got []int
		for _, e := range pat.Elems {
			got = append(got, e.consumer)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: consumers %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestEntFollowedOf checks which Patterns anchored on an entity need the
// element after it to start right after it.
func TestEntFollowedOf(t *testing.T) {
	tests := []struct {
		name  string
		elems []Elem
		want  bool
	}{
		{"entity, entity", []Elem{Ent(ArgSubj, "LOC", "LocKi"), Ent(ArgObj, "LOC", "")}, true},
		{"entity, words", []Elem{Ent(ArgSubj, "LOC", ""), Words(","), Ent(ArgObj, "LOC", "")}, true},
		{"after a look-behind", []Elem{NotAfter("of"), Ent(ArgSubj, "PER", ""), Words("said")}, true},
		{"look-ahead after", []Elem{Ent(ArgSubj, "PER", ""), NotWords("of"), Words("said")}, true},
		{"optional after", []Elem{Ent(ArgSubj, "PER", ""), Opt(Words(",")), Words("said")}, false},
		{"gap after", []Elem{Ent(ArgSubj, "PER", ""), Gap(3, ""), Words("said")}, false},
		{"clause after", []Elem{Ent(ArgSubj, "PER", ""), Clause(60), Words("dedi")}, false},
		{"list", []Elem{EntList(ArgSubj, "PER", ""), Words("met")}, false},
		{"entity last", []Elem{Words("in"), Ent(ArgObj, "LOC", "")}, false},
		{"alone", []Elem{Ent(ArgSubj, "PER", "")}, false},
		{"no anchor", []Elem{Opt(Ent(ArgSubj, "PER", "")), Words("said")}, false},
	}
	for _, tt := range tests {
		pat := &Pattern{Elems: tt.elems}
		pat.anchor = anchorOf(pat)
		if got := entFollowedOf(pat); got != tt.want {
			t.Errorf("%s: entFollowedOf = %v, want %v", tt.name, got, tt.want)
		}
	}
}
