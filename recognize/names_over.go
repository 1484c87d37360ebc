package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/internal/mention"
)

// namesOver adds names over a document's sorted, non-overlapping mentions,
// each name taking the place of the mentions inside it: the rule that
// finds the names, token by token from the first, asks within about each
// name's tokens and decides from the answer to replace them, retype one or
// leave them; result gives the mentions with the names in, sorted and
// non-overlapping still.
type namesOver struct {
	ents  []annotation.Entity
	added []annotation.Entity
	drop  map[int]bool // indices into ents of the mentions the names replace; nil until the first
	j     int          // the first mention that may overlap what follows
}

// newNamesOver returns the loop's state over ents. Its map is made at the
// first name added: three rules start a loop for every document, and most
// documents give them no name.
func newNamesOver(ents []annotation.Entity) *namesOver {
	return &namesOver{ents: ents}
}

// within returns the mentions of tokens [k, end): ents[from:to] lie inside
// them, and past reports whether a mention reaches past their bounds. k
// must not be smaller than at the call before.
func (n *namesOver) within(k, end int) (from, to int, past bool) {
	ents := n.ents
	for n.j < len(ents) && ents[n.j].Last <= k {
		n.j++
	}
	to = n.j
	for to < len(ents) && ents[to].Last <= end {
		to++
	}
	past = n.j < len(ents) && ents[n.j].First < k || to < len(ents) && ents[to].First < end
	return n.j, to, past
}

// replace adds e in place of the mentions ents[from:to].
func (n *namesOver) replace(from, to int, e annotation.Entity) {
	if n.drop == nil {
		n.drop = map[int]bool{}
	}
	for d := from; d < to; d++ {
		n.drop[d] = true
	}
	n.added = append(n.added, e)
}

// result returns the mentions that no name replaced and the names.
func (n *namesOver) result() []annotation.Entity {
	if len(n.added) == 0 {
		return n.ents
	}
	kept := n.ents[:0]
	for i := range n.ents {
		if !n.drop[i] {
			kept = append(kept, n.ents[i])
		}
	}
	return mention.MergeByStart(kept, n.added)
}
