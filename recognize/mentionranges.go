package recognize

import "github.com/varlik/varlik/annotation"

// dropRanges removes from ents, in place, the mentions whose indexes fall
// in one of the ranges [from, to) of drop, which are sorted and do not
// overlap, and returns what is left.
func dropRanges(ents []annotation.Entity, drop [][2]int) []annotation.Entity {
	if len(drop) == 0 {
		return ents
	}
	out := ents[:0]
	next := 0
	for i := range ents {
		for next < len(drop) && drop[next][1] <= i {
			next++
		}
		if next < len(drop) && i >= drop[next][0] {
			continue
		}
		out = append(out, ents[i])
	}
	return out
}

// organizationAt makes tokens [first, end) an organization: it adds a
// mention over them when ents[j], the first mention ending after first,
// starts at end or later (or there is none), or retypes ents[j] when it
// spans exactly those tokens and retype (nil: none) accepts it. It
// returns added and names grown by what it added or retyped.
func organizationAt(doc *annotation.Document, ents []annotation.Entity, j, first, end int, retype func(*annotation.Entity) bool, added []annotation.Entity, names []string) ([]annotation.Entity, []string) {
	switch {
	case j == len(ents) || ents[j].First >= end:
		added = append(added, doc.Mention(first, end, annotation.Organization, 0.5, "rule"))
		names = append(names, added[len(added)-1].Text)
	case ents[j].First == first && ents[j].Last == end && retype != nil && retype(&ents[j]):
		toOrganization(&ents[j])
		names = append(names, ents[j].Text)
	}
	return added, names
}
