package link

import "sync"

// maxPooledMentions bounds the mentions whose scratch a pooled linker
// keeps: a huge document's arrays are dropped, not kept for the next.
const maxPooledMentions = 1 << 14

// linkerScratch holds the per-mention arrays of a linker (see
// LinkContext), kept in a pool between documents: they were a fifth of
// the bytes Extract allocates on news. Nothing of them outlives a call:
// the IDs and canonical names given to the document are strings, which
// the arrays only point to.
type linkerScratch struct {
	parent []int
	id     []string
	typed  typedNames
	words  [][]string
	keys   []string
	caps   []bool
	all    []string // the mentions' words, in one array
	// groupInts holds the working arrays and the members of groups, and
	// groupList the groups, sub-slices of it (see linker.groups).
	groupInts []int
	groupList [][]int
	longest   []int // see linker.longest
	names     nameScratch
}

// nameScratch holds linkShortNames's indexes of PERSON names (see
// nameStems and wordMentions) and linkAcronyms's of long names by
// acronym, kept between documents, emptied by putScratch.
type nameScratch struct {
	stems     wordStems // nil until a language whose names inflect asks
	stemArray []string  // the stems of stems, in one array
	byWord    wordMentions
	acronyms  wordMentions
}

var scratchPool = sync.Pool{New: func() any { return &linkerScratch{typed: typedNames{byKey: map[string]int32{}}} }}

// getScratch returns scratch for n mentions: parent, id, words, keys and
// caps of length n, typed empty.
func getScratch(n int) *linkerScratch {
	sc := scratchPool.Get().(*linkerScratch)
	sc.parent = resize(sc.parent, n)
	sc.id = resize(sc.id, n)
	sc.words = resize(sc.words, n)
	sc.keys = resize(sc.keys, n)
	sc.caps = resize(sc.caps, n)
	return sc
}

// putScratch empties sc, so that it keeps no document's strings alive,
// and pools it unless it grew past maxPooledMentions.
func putScratch(sc *linkerScratch) {
	if cap(sc.parent) > maxPooledMentions || cap(sc.all) > 4*maxPooledMentions {
		return
	}
	clear(sc.id)
	clear(sc.words)
	clear(sc.keys)
	// Only all's length holds words: past it the array is as the last
	// putScratch left it, empty. Clearing its capacity cost a line of
	// news the array of the longest document before it.
	clear(sc.all)
	clear(sc.typed.byKey)
	clear(sc.typed.groups)
	clear(sc.names.stems)
	clear(sc.names.stemArray)
	clear(sc.names.byWord.chains)
	clear(sc.names.acronyms.chains)
	scratchPool.Put(sc)
}

// resize returns s with length n and zero elements, reusing its array
// where it is large enough.
func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}
