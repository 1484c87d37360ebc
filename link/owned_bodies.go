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
	// The earlier full names by the words they have less their owner's
	// (ownedKeys): one look-up a mention, where comparing each with every
	// earlier one took most of a 15 MB document's time.
	owned := map[string][]int{}
	ents := lk.doc.Entities
	for i := range ents {
		if lk.stop.Done() {
			return
		}
		if ents[i].Type != annotation.Organization {
			continue
		}
		if len(lk.words[i]) > 0 {
			cand := -1
			for _, j := range owned[strings.Join(lk.words[i], "\x00")] {
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
		for _, key := range ownedKeys(g, lk.words[i], ents[i].Text) {
			owned[key] = append(owned[key], i)
		}
	}
}

// ownedKeys returns the names that long, the words of text, holds with one
// word less before or after it, that word an acronym in capitals naming a
// place or an organization in the gazetteer (with or without its periods:
// U.N.), each as its words joined by NULs; the word before is tried first,
// and where both leave the same words only it is.
func ownedKeys(g *gazetteer.Gazetteer, long []string, text string) []string {
	n := len(long)
	if n < 2 {
		return nil
	}
	fields := strings.Fields(text)
	if len(fields) != n {
		return nil // words the text does not part by spaces
	}
	var keys []string
	if ownerAcronym(g, fields[0]) {
		keys = append(keys, strings.Join(long[1:], "\x00"))
	}
	if !slices.Equal(long[1:], long[:n-1]) && ownerAcronym(g, fields[n-1]) {
		keys = append(keys, strings.Join(long[:n-1], "\x00"))
	}
	return keys
}

// ownerAcronym reports whether word is an acronym in capitals that names a
// place or an organization in the gazetteer, with or without its periods.
func ownerAcronym(g *gazetteer.Gazetteer, word string) bool {
	if !allCaps(word) {
		return false
	}
	return len(g.Lookup(word, "")) > 0 || len(g.Lookup(strings.ReplaceAll(word, ".", ""), "")) > 0
}
