package relation

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestTitleAheadOf checks which Patterns may be tried near their entity
// alone, and how near.
func TestTitleAheadOf(t *testing.T) {
	const reach = 10
	per, loc := parseTypes("PER"), parseTypes("LOC|ORG")
	tests := []struct {
		name  string
		elems []Elem
		want  titleAhead
	}{
		{"title then person", []Elem{Title(TitleAny), Ent(ArgSubj, "PER", "")}, titleAhead{per, reach}},
		{"optional quote between", []Elem{Title(TitleAny), Opt(Words("«", "the very")), Ent(ArgObj, "LOC|ORG", ""), Ent(ArgSubj, "PER", "")}, titleAhead{loc, reach + 2}},
		{"look-ahead between", []Elem{Title(TitleAny), NotWords("of"), Ent(ArgSubj, "PER", "")}, titleAhead{per, reach}},
		{"required word between", []Elem{Title(TitleAny), Words(",", "of the"), Ent(ArgSubj, "PER", "")}, titleAhead{per, reach + 2}},
		{"gap between", []Elem{Title(TitleAny), Gap(3, ""), Ent(ArgSubj, "PER", "")}, titleAhead{per, reach + 3}},
		{"quote between", []Elem{Title(TitleAny), Quote(), Ent(ArgSubj, "PER", "")}, titleAhead{}},
		{"optional entity", []Elem{Title(TitleAny), Opt(Ent(ArgSubj, "PER", ""))}, titleAhead{}},
		{"optional title", []Elem{Opt(Title(TitleAny)), Ent(ArgSubj, "PER", "")}, titleAhead{}},
		{"entity first", []Elem{Ent(ArgSubj, "PER", ""), Title(TitleAny)}, titleAhead{}},
	}
	for _, tt := range tests {
		if got := titleAheadOf(&Pattern{Elems: tt.elems}, reach); got != tt.want {
			t.Errorf("%s: titleAheadOf = %+v, want %+v", tt.name, got, tt.want)
		}
	}
}

// TestTitleAheadStarts compares starts, of the units titleBegins lists,
// with the units it stands for, found one by one, on random runs of
// words, apostrophe suffixes and entities, where a word may begin a title
// (its memos set at random).
func TestTitleAheadStarts(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	var b matcherBuffers
	title := Title(TitleAny)
	for range 2000 {
		a := titleAhead{types: typeSet(1 + rng.IntN(int(allTypes))), reach: 1 + rng.IntN(6)}
		n := rng.IntN(40)
		m := &matcher{units: make([]unit, n), heads: make([]headMemo, n)}
		var ents []int
		for i := range m.units {
			m.units[i] = unit{ent: -1, suffix: rng.IntN(8) == 0}
			m.heads[i] = headMemo{known: true, ok: rng.IntN(4) == 0, starts: memoBool(1 + rng.IntN(2))}
			if rng.IntN(4) == 0 {
				m.units[i] = unit{ent: i, types: typeSet(1 << rng.IntN(3))}
				ents = append(ents, i)
			}
		}
		from := 0
		if n > 0 {
			from = rng.IntN(n)
			k, _ := slices.BinarySearch(ents, from) // a run's entities start at its first unit
			ents = ents[k:]
		}
		var want []int
		for i := from; i < n; i++ {
			u, h := &m.units[i], &m.heads[i]
			if u.ent >= 0 || u.suffix || !h.ok && h.starts != 2 {
				continue
			}
			for e := i + 1; e <= i+a.reach && e < n; e++ {
				if m.units[e].ent >= 0 && m.units[e].types&a.types != 0 {
					want = append(want, i)
					break
				}
			}
		}
		// The language's titles reach as far, or further, and name these types or more.
		m.p = &Patterns{titlesAhead: titleAhead{types: a.types | typeSet(rng.IntN(int(allTypes)+1)), reach: a.reach + rng.IntN(3)}}
		b.begins, b.beginsOf = b.begins[:0], make([]beginsSpan, 1)
		begins := m.titleBegins(&title, 0, from, ents, &b)
		if got := a.starts(m, begins, ents, &b); !slices.Equal(got, want) {
			t.Fatalf("starts(%+v) from %d = %v, want %v", a, from, got, want)
		}
		if again := m.titleBegins(&title, 0, from, ents, &b); !slices.Equal(again, begins) {
			t.Fatalf("titleBegins of a run known: %v, was %v", again, begins)
		}
	}
}
