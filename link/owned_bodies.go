package link

import (
	"slices"
	"strings"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
)

// linkOwnedBodies joins an organization's mention to the one earlier
// organization of the document whose name is the mention's with one word
// more before or after it, the acronym in capitals of a place or a body
// the gazetteer knows, its owner's (U.N. Security
// Council, then the Security Council; BM Güvenlik Konseyi, Güvenlik
// Konseyi; Совет Безопасности ООН, Совет Безопасности): news names a body
// in full once and bare after, and the bare name is the full one's. A
// word of another kind is no owner (National Security Council is not the
// Security Council; Jaguar PLC is Jaguar, but no language need write its
// legal form, which would key the group's ID). A bare name the gazetteer gave an ID of its own
// keeps it (union refuses two IDs), and one that two bodies of the
// document end alike (the Supreme Court of two countries) joins neither.
// unBodyEntry finds the United Nations' bodies where the document names
// the United Nations near the mention, not the body.
func (lk *linker) linkOwnedBodies(g *gazetteer.Gazetteer) {
	if g == nil {
		return
	}
	ents := lk.doc.Entities
	for i := range ents {
		if lk.stop.Done() {
			return
		}
		if ents[i].Type != annotation.Organization || len(lk.words[i]) == 0 {
			continue
		}
		cand := -1
		for j := 0; j < i; j++ {
			if ents[j].Type != annotation.Organization || !ownedName(g, lk.words[i], lk.words[j], ents[j].Text) {
				continue
			}
			if cand >= 0 && lk.find(cand) != lk.find(j) {
				cand = -2
				break
			}
			cand = j
		}
		if cand >= 0 {
			lk.union(cand, i)
		}
	}
}

// ownedName reports whether long, the words of text, is short with one
// word more before or after it: an acronym in capitals that names a place
// or an organization in the gazetteer (with or without its periods: U.N.).
func ownedName(g *gazetteer.Gazetteer, short, long []string, text string) bool {
	if len(long) != len(short)+1 {
		return false
	}
	fields := strings.Fields(text)
	if len(fields) != len(long) {
		return false // words the text does not part by spaces
	}
	owner := ""
	switch {
	case slices.Equal(long[1:], short):
		owner = fields[0]
	case slices.Equal(long[:len(short)], short):
		owner = fields[len(fields)-1]
	default:
		return false
	}
	if !allCaps(owner) {
		return false
	}
	return len(g.Lookup(owner, "")) > 0 || len(g.Lookup(strings.ReplaceAll(owner, ".", ""), "")) > 0
}
