// Package mention holds what the stages that add mentions to a document
// share.
package mention

import (
	"slices"

	"github.com/varlik/varlik/annotation"
)

// MergeByStart merges added into ents, both sorted by Start, an entity of
// ents before an entity of added with the same Start (what a stable sort
// of their concatenation gives), in linear time and in place when ents
// has the room. When it has not, ents grows as append grows it, which
// leaves room for the next stage's few mentions: a long document's
// mentions are megabytes, and a copy of them per stage was most of the
// garbage those stages made.
func MergeByStart(ents, added []annotation.Entity) []annotation.Entity {
	if len(added) == 0 {
		return ents
	}
	n := len(ents)
	ents = slices.Grow(ents, len(added))[:n+len(added)]
	i, j := n-1, len(added)-1
	for k := len(ents) - 1; j >= 0; k-- { // from the back: nothing unread is overwritten
		if i >= 0 && ents[i].Start > added[j].Start {
			ents[k], i = ents[i], i-1
		} else {
			ents[k], j = added[j], j-1
		}
	}
	return ents
}
