package recognize

import (
	"slices"

	"github.com/varlik/varlik/annotation"
)

// replacement is a mention's index and the mentions that replace it.
type replacement struct {
	i     int
	parts []annotation.Entity
}

// replaceMentions returns ents with each mention for which parts returns
// mentions replaced by them, in their order; ents itself, unchanged, when
// parts returns none for every mention, as in most documents. parts is
// called once per mention, in order, with ents as it was; the mentions it
// returns must lie within the one they replace, so that sorted,
// non-overlapping mentions stay so. An empty result replaces nothing: the
// rules that drop mentions filter.
//
// The result is made in ents's own array, which the caller gives up (as
// every stage gives up its input), or in a larger one where it has no
// room left: on a whole document of 15,000 mentions (1.8 MB), a copy per
// rule that split a mention was the recognizer's largest garbage, fresh
// pages the kernel zeroed for each.
func replaceMentions(ents []annotation.Entity, parts func(e *annotation.Entity) []annotation.Entity) []annotation.Entity {
	var reps []replacement // made at the first replacement
	n := len(ents)
	for i := range ents {
		if p := parts(&ents[i]); len(p) > 0 {
			reps = append(reps, replacement{i, p})
			n += len(p) - 1
		}
	}
	if reps == nil {
		return ents
	}
	// From the end back: no replacement is empty, so each mention moves to
	// its own index or past it, and is read before anything is written
	// there.
	out := slices.Grow(ents, n-len(ents))[:n]
	w := n
	for i := len(ents) - 1; i >= 0; i-- {
		if r := len(reps) - 1; r >= 0 && reps[r].i == i {
			w -= len(reps[r].parts)
			copy(out[w:], reps[r].parts)
			reps = reps[:r]
			continue
		}
		w--
		out[w] = out[i]
	}
	return out
}
