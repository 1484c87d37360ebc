package relation

import (
	"math/rand/v2"
	"testing"

	"github.com/varlik/varlik/annotation"
)

// TestDemands checks what the three languages' Patterns need of a
// sentence, sentence by sentence: a person or an organization, two
// places, or a quotation that opens.
func TestDemands(t *testing.T) {
	per, loc, org := typeOf(annotation.Person), typeOf(annotation.Location), typeOf(annotation.Organization)
	for _, code := range []string{"tr", "en", "ru"} {
		ds := patternsFor(code).phrases.demands
		for _, c := range []struct {
			types  []typeSet
			quoted bool
			live   bool
		}{
			{nil, false, false},
			{nil, true, true},
			{[]typeSet{loc}, false, false},
			{[]typeSet{loc, 0}, false, false}, // a type no Pattern names
			{[]typeSet{loc, loc}, false, true},
			{[]typeSet{per}, false, true},
			{[]typeSet{org}, false, true},
			{[]typeSet{loc}, true, true},
		} {
			units, ents := unitsOfTypes(c.types)
			if got := ds.live(units, ents, c.quoted); got != c.live {
				t.Errorf("%s: live(%v, quoted %v) = %v, want %v", code, c.types, c.quoted, got, c.live)
			}
		}
	}
}

// TestDemandsLive compares sentenceDemands.live with a search for the
// units each Pattern's entity elements take, on random Patterns and
// sentences (many entities, none, types no Pattern names, quotes).
func TestDemandsLive(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	randomTypes := func() typeSet { return typeSet(1 + rng.IntN(int(allTypes))) }
	for range 3000 {
		var patterns []Pattern
		for range 1 + rng.IntN(4) {
			var pat Pattern
			for range rng.IntN(5) {
				switch rng.IntN(6) {
				case 0:
					pat.Elems = append(pat.Elems, Quote())
				case 1:
					pat.Elems = append(pat.Elems, Opt(Ent(ArgSubj, "PER", "")))
				case 2:
					pat.Elems = append(pat.Elems, QuoteRest())
				default:
					pat.Elems = append(pat.Elems, Elem{op: opEnt, types: randomTypes()})
				}
			}
			patterns = append(patterns, pat)
		}
		types := make([]typeSet, rng.IntN(6))
		if rng.IntN(50) == 0 {
			types = make([]typeSet, maxLaneCount+1+rng.IntN(3))
		}
		for k := range types {
			types[k] = typeSet(1) << rng.IntN(3)
			if rng.IntN(8) == 0 {
				types[k] = 0
			}
		}
		quoted := rng.IntN(3) == 0
		units, ents := unitsOfTypes(types)
		want := false
		for pi := range patterns {
			want = want || mayMeet(&patterns[pi], types, quoted)
		}
		if got := demandsOf(patterns).live(units, ents, quoted); got != want && !(got && len(types) > maxLaneCount) {
			t.Fatalf("patterns %v, sentence %v (quoted %v): live %v, a search finds %v", patterns, types, quoted, got, want)
		}
	}
}

// mayMeet reports whether the entity elements of pat up to its first
// quote or quotation's rest can each take a unit of its own of types, and
// a quote that pat needs opens (quoted), by trying every assignment.
func mayMeet(pat *Pattern, types []typeSet, quoted bool) bool {
	var elems []typeSet
	for _, e := range pat.Elems {
		if e.op == opQuote && !e.opt && !quoted {
			return false
		}
		if e.op == opQuote || e.op == opQuoteRest {
			break
		}
		if e.op == opEnt && !e.opt {
			elems = append(elems, e.types)
		}
	}
	taken := make([]bool, len(types))
	var assign func(k int) bool
	assign = func(k int) bool {
		if k == len(elems) {
			return true
		}
		for u, t := range types {
			if !taken[u] && t&elems[k] != 0 {
				taken[u] = true
				if assign(k + 1) {
					return true
				}
				taken[u] = false
			}
		}
		return false
	}
	return assign(0)
}

// unitsOfTypes returns a plain unit and then an entity unit of each of
// types, and the entity units' indices.
func unitsOfTypes(types []typeSet) ([]unit, []int) {
	units := []unit{{ent: -1}}
	var ents []int
	for k, t := range types {
		ents = append(ents, len(units))
		units = append(units, unit{ent: k, types: t})
	}
	return units, ents
}

// TestDemandsOf checks the demands kept: those another implies are left
// out, and a Pattern that needs nothing makes every sentence live (nil).
func TestDemandsOf(t *testing.T) {
	two := []Pattern{{Elems: []Elem{Ent(ArgSubj, "LOC", ""), Ent(ArgObj, "LOC", "")}}}
	if ds := demandsOf(two); len(ds) != 1 {
		t.Errorf("demandsOf(LOC LOC) = %x, want one demand", ds)
	}
	one := append(two, Pattern{Elems: []Elem{Ent(ArgSubj, "LOC", "")}})
	if ds := demandsOf(one); len(ds) != 1 || ds[0] != entityLanes(typeOf(annotation.Location)) {
		t.Errorf("demandsOf(LOC LOC; LOC) = %x, want LOC's alone", ds)
	}
	none := append(one, Pattern{Elems: []Elem{Words("x")}})
	if ds := demandsOf(none); ds != nil {
		t.Errorf("demandsOf with a Pattern that needs no entity = %x, want nil", ds)
	}
	if !sentenceDemands(nil).live(nil, nil, false) {
		t.Error("nil demands: a sentence with nothing is not live")
	}
}
