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

// TestAheadOf checks which word elements a match of a Pattern takes after
// its anchor in the sentence it starts in (the elements' leads numbered
// here by their index).
func TestAheadOf(t *testing.T) {
	tests := []struct {
		name  string
		elems []Elem
		want  []int
	}{
		{"subject, verb", []Elem{Ent(ArgSubj, "PER", ""), Gap(3, ""), Words("said")}, []int{2}},
		{"anchored on a word", []Elem{Words("president"), Ent(ArgSubj, "PER", ""), Words("said")}, []int{2}},
		{"before the anchor", []Elem{NotAfter("of"), Ent(ArgSubj, "PER", ""), Words("met"), Words("with"), Ent(ArgObj, "PER", "")}, []int{2, 3}},
		{"optional and look-ahead words", []Elem{Ent(ArgSubj, "PER", ""), Opt(Words(",")), AheadWords("said"), NotWords("not"), Words("said")}, []int{4}},
		{"after a quote", []Elem{Ent(ArgSubj, "PER", ""), Words(":"), Quote(), Words("he")}, []int{1}},
		{"anchored on a quote", []Elem{Quote(), Words(","), Words("said"), Ent(ArgSubj, "PER", "")}, nil},
		{"after the rest of a quotation", []Elem{Ent(ArgSubj, "PER", ""), QuoteRest(), Words("said")}, nil},
		{"no anchor", []Elem{Opt(Ent(ArgSubj, "PER", "")), Words("said")}, nil},
		{"none", nil, nil},
	}
	for _, tt := range tests {
		pat := &Pattern{Elems: tt.elems}
		for k := range pat.Elems {
			pat.Elems[k].lead = k
		}
		pat.anchor = anchorOf(pat)
		if got := aheadOf(pat); !slices.Equal(got, tt.want) {
			t.Errorf("%s: aheadOf = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestLastStart checks the last unit of a run where a match may start,
// given the units where each word may start (leads of one word, a set a
// unit, in a run of units 2..7 of 10).
func TestLastStart(t *testing.T) {
	tests := []struct {
		name  string
		ahead []int
		leads map[int][]int // unit → the leads set there
		want  int
	}{
		{"no word needed", nil, nil, 7},
		{"word at the run's end", []int{0}, map[int][]int{7: {0}}, 7},
		{"word inside", []int{0}, map[int][]int{4: {0}, 3: {0}}, 4},
		{"word only before the run", []int{0}, map[int][]int{1: {0}}, 1},
		{"word only after the run", []int{0}, map[int][]int{8: {0}}, 1},
		{"second word bounds the first", []int{0, 1}, map[int][]int{6: {0}, 5: {1}, 3: {0}}, 3},
		{"second word before every first", []int{0, 1}, map[int][]int{6: {0}, 2: {1}}, 1},
		{"both at one unit", []int{0, 1}, map[int][]int{5: {0, 1}}, 5},
		{"a lead of the second word of the set", []int{70}, map[int][]int{6: {70}}, 6},
	}
	for _, tt := range tests {
		m := &matcher{leads: bitSets{bits: make([]uint64, 10*2), words: 2}}
		for i, leads := range tt.leads {
			markBits(m.leads.set(i), leads)
		}
		// The memo (the run's slots, and one other run's) of the last word
		// found, then read; no memo.
		memo := &matcherBuffers{lastLeads: make([]int32, 2*2*64)}
		for _, b := range []*matcherBuffers{memo, memo, {}} {
			if got := m.lastStart(&Pattern{ahead: tt.ahead}, 1, 2, 8, b); got != tt.want {
				t.Errorf("%s: lastStart = %d, want %d", tt.name, got, tt.want)
			}
		}
	}
}
