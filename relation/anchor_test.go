package relation

import "testing"

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
