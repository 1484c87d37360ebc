package relation

import "testing"

// TestPhraseLists checks that a list of phrases is found only where the
// same phrases, split into the same words, were added.
func TestPhraseLists(t *testing.T) {
	ls := newPhraseLists()
	added := [][]string{
		{"a b", "c"},
		{"a", "b c"},
		{"a", "b", "c"},
		{"abc"},
		{},
		{"söyledi", "dedi", "\xff\xfe"}, // invalid UTF-8 is bytes like any other
	}
	for bit, phrases := range added {
		ps := splitPhrases(phrases)
		if _, ok := ls.find(ps); ok {
			t.Fatalf("%q found before it was added", phrases)
		}
		ls.add(phraseList{phrases: ps, bit: bit})
	}
	for _, tt := range []struct {
		phrases []string
		bit     int // -1: none
	}{
		{[]string{"a b", "c"}, 0},
		{[]string{"a", "b c"}, 1},
		{[]string{"a", "b", "c"}, 2},
		{[]string{"abc"}, 3},
		{nil, 4},
		{[]string{"söyledi", "dedi", "\xff\xfe"}, 5},
		{[]string{"c", "a b"}, -1}, // order counts: the first phrase that matches wins
		{[]string{"a b c"}, -1},
		{[]string{"ab", "c"}, -1},
		{[]string{"a", "b"}, -1},
		{[]string{""}, -1},
	} {
		l, ok := ls.find(splitPhrases(tt.phrases))
		if got := map[bool]int{true: l.bit, false: -1}[ok]; got != tt.bit {
			t.Errorf("find(%q) = %d, want %d", tt.phrases, got, tt.bit)
		}
	}
}

// TestSharedLeads checks that the word elements of the same phrases share
// a bit and an index of first words, and that those of other phrases do
// not.
func TestSharedLeads(t *testing.T) {
	many := []string{"said", "says", "told", "added", "stated", "noted", "wrote", "explained"}
	p := indexed(&Patterns{Patterns: []Pattern{
		{Elems: []Elem{Ent(ArgSubj, "PER", ""), Words(many...)}},
		{Elems: []Elem{Words(many...), Ent(ArgSubj, "PER", "")}},
		{Elems: []Elem{Ent(ArgSubj, "PER", ""), NotWords(many...), Words("met")}},
		{Elems: []Elem{Ent(ArgSubj, "PER", ""), AheadWords("met"), Words("met with")}},
	}})
	e := func(pi, k int) *Elem { return &p.Patterns[pi].Elems[k] }
	shared := []*Elem{e(0, 1), e(1, 0), e(2, 1)}
	for _, x := range shared[1:] {
		if x.lead != shared[0].lead || x.starts != shared[0].starts || x.starts == nil {
			t.Errorf("elements of the same phrases: bits %d and %d, indexes %p and %p", shared[0].lead, x.lead, shared[0].starts, x.starts)
		}
	}
	if e(2, 2).lead != e(3, 1).lead {
		t.Errorf("Words(met) and AheadWords(met): bits %d and %d", e(2, 2).lead, e(3, 1).lead)
	}
	if bits := map[int]bool{e(0, 1).lead: true, e(2, 2).lead: true, e(3, 2).lead: true}; len(bits) != 3 {
		t.Errorf("elements of other phrases share a bit: %v", bits)
	}
}
