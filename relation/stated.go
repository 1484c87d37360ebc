package relation

import (
	"slices"

	"github.com/varlik/varlik/annotation"
)

// statedIndex holds the relations of earlier matches so that a new one can
// be checked against them in time independent of their number (a linear
// scan made relation extraction quadratic in the document's length).
//
// A relation is already stated when an earlier match gave the same
// relation; MEETS in either direction; a second title relation (ROLE,
// MEMBER_OF) of the same mention from overlapping evidence, which is the
// same title read from another start ("Kanada'nın Ankara Büyükelçisi X":
// Kanada, not Ankara); a title without object where a title relation with
// an object (ROLE, or MEMBER_OF through a member title) covers it; a second
// speaker for the same quote.
//
// The relations of a subject, and the quotes of a bucket, are lists
// threaded through one slice each (chains), where a slice a key, made
// anew for every document, was most of what relation.Extract allocated.
type statedIndex struct {
	// exact holds the relations stated but SAYS, in listed while they are
	// at most maxListed (searched in turn), then in a map: a document
	// states a few, and a map assigned, hashed (the type's and the role's
	// strings) and cleared for each document cost more.
	listed    []relationKey
	exact     map[relationKey]bool
	any       bool                        // a relation was added
	titles    chains[annotation.Relation] // ROLE and MEMBER_OF by subject
	quotes    chains[span]                // SAYS quotes by quoteBucket of every bucket they touch
	longQuote []span                      // quotes longer than maxQuoteBuckets buckets
}

// chains holds lists of values by an int key in one slice: each list is
// linked from its last value back to its first.
type chains[T any] struct {
	last  map[int]int32 // by key, 1 + the index in links of its list's last value
	links []link[T]
}

type link[T any] struct {
	value T
	prev  int32 // 1 + the index of the value before in its list, 0 for none
}

func (c *chains[T]) add(key int, v T) {
	if c.last == nil {
		c.last = map[int]int32{}
	}
	c.links = append(c.links, link[T]{v, c.last[key]})
	c.last[key] = int32(len(c.links))
}

// any reports whether a value of key's list satisfies f.
func (c *chains[T]) any(key int, f func(v *T) bool) bool {
	for i := c.last[key]; i > 0; i = c.links[i-1].prev {
		if f(&c.links[i-1].value) {
			return true
		}
	}
	return false
}

// empty removes every list, keeping the map and the slice's array.
func (c *chains[T]) empty() {
	if len(c.links) > 0 { // clearing an empty map costs a call and a look at its groups: most documents state no title
		clear(c.last)
	}
	clear(c.links) // the values may hold the document's strings
	c.links = c.links[:0]
}

type relationKey struct {
	typ          annotation.RelationType
	subject, obj int
	role         string
}

type span struct{ start, end int }

// quoteBucket is the width in bytes of the buckets quotes are filed under.
const quoteBucket = 4096

// maxQuoteBuckets bounds how many buckets one quote is filed under; longer
// quotes are few and kept in a list of their own.
const maxQuoteBuckets = 8

// maxPooledRelations bounds the relations of a statedIndex whose maps
// and lists empty keeps for the next document.
const maxPooledRelations = 1 << 12

// maxListed bounds the relations statedIndex.listed holds: past it, a
// search in turn would cost more than the map.
const maxListed = 16

// empty removes every relation from ix. It keeps its maps and the arrays
// of its lists, which the matcher's buffers keep from document to
// document: making them anew for every document was half of
// relation.Extract's allocations on news, and 3-7% of its time. Those
// that grew past maxPooledRelations are let go.
func (ix *statedIndex) empty() {
	if len(ix.exact) > maxPooledRelations || len(ix.titles.links) > maxPooledRelations || len(ix.quotes.links) > maxPooledRelations {
		*ix = statedIndex{}
		return
	}
	if len(ix.exact) > 0 {
		clear(ix.exact)
	}
	clear(ix.listed) // the roles are the document's strings
	ix.listed, ix.any = ix.listed[:0], false
	ix.titles.empty()
	ix.quotes.empty()
	ix.longQuote = ix.longQuote[:0]
}

// addExact adds k to the relations stated.
func (ix *statedIndex) addExact(k relationKey) {
	if len(ix.exact) == 0 && len(ix.listed) < maxListed {
		ix.listed = append(ix.listed, k)
		return
	}
	if len(ix.exact) == 0 {
		if ix.exact == nil {
			ix.exact = map[relationKey]bool{}
		}
		for _, l := range ix.listed {
			ix.exact[l] = true
		}
		clear(ix.listed)
		ix.listed = ix.listed[:0]
	}
	ix.exact[k] = true
}

// hasExact reports whether addExact was given k.
func (ix *statedIndex) hasExact(k relationKey) bool {
	if len(ix.exact) > 0 {
		return ix.exact[k]
	}
	return slices.Contains(ix.listed, k)
}

func (ix *statedIndex) add(r annotation.Relation) {
	ix.any = true
	switch r.Type {
	case annotation.Says:
		q := span{r.QuoteStart, r.QuoteEnd}
		first, last := q.start/quoteBucket, max(q.end-1, q.start)/quoteBucket
		if last-first >= maxQuoteBuckets {
			ix.longQuote = append(ix.longQuote, q)
			return
		}
		for b := first; b <= last; b++ {
			ix.quotes.add(b, q)
		}
		return
	case annotation.Role, annotation.MemberOf:
		ix.titles.add(r.Subject, r)
	}
	ix.addExact(relationKey{r.Type, r.Subject, r.Object, r.Role})
}

func (ix *statedIndex) stated(r annotation.Relation) bool {
	if !ix.any {
		return false
	}
	switch r.Type {
	case annotation.Says:
		return ix.quoteTaken(span{r.QuoteStart, r.QuoteEnd})
	case annotation.Meets:
		if ix.hasExact(relationKey{annotation.Meets, r.Object, r.Subject, ""}) {
			return true
		}
	}
	if ix.hasExact(relationKey{r.Type, r.Subject, r.Object, r.Role}) {
		return true
	}
	if r.Type != annotation.Role && r.Type != annotation.MemberOf {
		return false
	}
	return ix.titles.any(r.Subject, func(x *annotation.Relation) bool {
		if x.Start >= r.End || r.Start >= x.End {
			return false // no overlap
		}
		return x.Type == r.Type || r.Type == annotation.Role && r.Object < 0 && (x.Type == annotation.Role || x.Role != "")
	})
}

// quoteTaken reports whether an earlier SAYS has a quote overlapping q.
func (ix *statedIndex) quoteTaken(q span) bool {
	overlaps := func(x *span) bool { return x.start < q.end && q.start < x.end }
	for b := q.start / quoteBucket; b <= max(q.end-1, q.start)/quoteBucket; b++ {
		if ix.quotes.any(b, overlaps) {
			return true
		}
		if b-q.start/quoteBucket >= maxQuoteBuckets {
			break // q is long: the long list below finds what spans it
		}
	}
	for i := range ix.longQuote {
		if overlaps(&ix.longQuote[i]) {
			return true
		}
	}
	return false
}
