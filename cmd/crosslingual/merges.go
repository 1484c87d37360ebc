package main

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode"
)

// A false merge is two gold entities of different identities that get the
// same ID: a key loose enough to join names that are not one entity's.
// Two names are one entity's when their folded words are equal or one's
// are a subset of the other's (Kavanaugh, Brett Kavanaugh): a short
// mention takes its full name's ID by design.

// alignedEntity is an aligned triple of gold entities with its IDs in
// tr, en and ru and its identity, its English gold name.
type alignedEntity struct {
	line string
	name string
	ids  [3]string
}

// falseMergesAligned returns, for each of tr, en and ru, the pairs of
// aligned entities of one document (ents, in a document's lines) whose
// English names are not one entity's but whose IDs in that language are
// the same, and writes each to w when w is not nil.
func falseMergesAligned(ents []alignedEntity, w io.Writer) (perLang [3]int) {
	for i := range ents {
		for j := i + 1; j < len(ents); j++ {
			a, b := ents[i], ents[j]
			if sameEntityNames(a.name, b.name) {
				continue
			}
			for l := range langs {
				if id := a.ids[l]; !isLocal(id) && id == b.ids[l] {
					perLang[l]++
					if w != nil {
						fmt.Fprintf(w, "false merge (%s): line %s %q and line %s %q share %s\n", langs[l], a.line, a.name, b.line, b.name, id)
					}
				}
			}
		}
	}
	return perLang
}

// falseMergesSplit returns the number of pairs of gold names of one
// language, over a whole split, that are not one entity's but that share
// a name ID (byID: an ID → the gold names found with it), and writes each
// to w when w is not nil. Names are compared folded, and an ID's names in
// the order first seen. A gazetteer ID's names are its entry's aliases
// (U.S., United States) and are not compared: the names a key joins are.
func falseMergesSplit(byID map[string][]string, w io.Writer) int {
	ids := make([]string, 0, len(byID))
	for id := range byID {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	n := 0
	for _, id := range ids {
		names := byID[id]
		for i := range names {
			for j := i + 1; j < len(names); j++ {
				if !sameEntityNames(names[i], names[j]) {
					n++
					if w != nil {
						fmt.Fprintf(w, "false merge (split): %q and %q share %s\n", names[i], names[j], id)
					}
				}
			}
		}
	}
	return n
}

// addName adds name, folded, to the names seen with id, once, where id is
// a name ID.
func addName(byID map[string][]string, id, name string) {
	if !strings.HasPrefix(id, "name:") {
		return
	}
	name = strings.ToLower(name)
	if !slices.Contains(byID[id], name) {
		byID[id] = append(byID[id], name)
	}
}

// sameEntityNames reports whether names a and b, folded, are one
// entity's: the words of one are among the other's.
func sameEntityNames(a, b string) bool {
	wa, wb := nameWordSet(a), nameWordSet(b)
	return subset(wa, wb) || subset(wb, wa)
}

// nameWordSet returns the words of a name, folded (see latin).
func nameWordSet(s string) []string {
	words := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsMark(r) })
	for i, w := range words {
		words[i] = latin(w)
	}
	return words
}

func subset(a, b []string) bool {
	for _, w := range a {
		if !slices.Contains(b, w) {
			return false
		}
	}
	return true
}
