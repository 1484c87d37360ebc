package relation

import "github.com/varlik/varlik/annotation"

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
type statedIndex struct {
	exact     map[relationKey]bool
	titles    map[int][]annotation.Relation // ROLE and MEMBER_OF by subject
	quotes    map[int][]span                // SAYS quotes by quoteBucket of every bucket they touch
	longQuote []span                        // quotes longer than maxQuoteBuckets buckets
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
// empty keeps for the next document.
const maxPooledRelations = 1 << 12

// empty removes every relation from ix. It keeps its maps, which the
// matcher's buffers keep from document to document: making them anew for
// every document was half of relation.Extract's allocations on news, and
// 3-7% of its time. Maps that grew past maxPooledRelations are let go.
func (ix *statedIndex) empty() {
	if len(ix.exact) > maxPooledRelations || len(ix.titles) > maxPooledRelations || len(ix.quotes) > maxPooledRelations {
		*ix = statedIndex{}
		return
	}
	clear(ix.exact)
	clear(ix.titles)
	clear(ix.quotes)
	ix.longQuote = ix.longQuote[:0]
}

func (ix *statedIndex) add(r annotation.Relation) {
	if ix.exact == nil {
		ix.exact, ix.titles, ix.quotes = map[relationKey]bool{}, map[int][]annotation.Relation{}, map[int][]span{}
	}
	switch r.Type {
	case annotation.Says:
		q := span{r.QuoteStart, r.QuoteEnd}
		first, last := q.start/quoteBucket, max(q.end-1, q.start)/quoteBucket
		if last-first >= maxQuoteBuckets {
			ix.longQuote = append(ix.longQuote, q)
			return
		}
		for b := first; b <= last; b++ {
			ix.quotes[b] = append(ix.quotes[b], q)
		}
		return
	case annotation.Role, annotation.MemberOf:
		ix.titles[r.Subject] = append(ix.titles[r.Subject], r)
	}
	ix.exact[relationKey{r.Type, r.Subject, r.Object, r.Role}] = true
}

func (ix *statedIndex) stated(r annotation.Relation) bool {
	if ix.exact == nil {
		return false
	}
	switch r.Type {
	case annotation.Says:
		return ix.quoteTaken(span{r.QuoteStart, r.QuoteEnd})
	case annotation.Meets:
		if ix.exact[relationKey{annotation.Meets, r.Object, r.Subject, ""}] {
			return true
		}
	}
	if ix.exact[relationKey{r.Type, r.Subject, r.Object, r.Role}] {
		return true
	}
	if r.Type != annotation.Role && r.Type != annotation.MemberOf {
		return false
	}
	for _, x := range ix.titles[r.Subject] {
		if x.Start >= r.End || r.Start >= x.End {
			continue // no overlap
		}
		if x.Type == r.Type || r.Type == annotation.Role && r.Object < 0 && (x.Type == annotation.Role || x.Role != "") {
			return true
		}
	}
	return false
}

// quoteTaken reports whether an earlier SAYS has a quote overlapping q.
func (ix *statedIndex) quoteTaken(q span) bool {
	overlaps := func(x span) bool { return x.start < q.end && q.start < x.end }
	for b := q.start / quoteBucket; b <= max(q.end-1, q.start)/quoteBucket; b++ {
		for _, x := range ix.quotes[b] {
			if overlaps(x) {
				return true
			}
		}
		if b-q.start/quoteBucket >= maxQuoteBuckets {
			break // q is long: the long list below finds what spans it
		}
	}
	for _, x := range ix.longQuote {
		if overlaps(x) {
			return true
		}
	}
	return false
}
