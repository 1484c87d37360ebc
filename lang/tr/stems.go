package tr

import (
	"math"
	"slices"
)

// stemIndex holds a word list of this package, which names a noun by the
// beginnings of its forms (kent → kenti, kentinde), ordered by first byte:
// the recognizer's rules ask these lists about most words of a document
// (PlaceNounAfter, VenueHead, NamesThing, ...), and a word is compared only
// with the few stems that begin with its first byte, where a scan of the
// whole list called memequal for each stem (callgrind, BenchmarkExtract
// news: memequal and memeqbody 4.1M → 2.4M instructions an op of 196M).
type stemIndex struct {
	stems []string
	end   [256]uint16 // the stems beginning with byte b are stems[end[b-1]:end[b]] (from 0 for b = 0)
	// next[b] has bit c&63 set when a stem begins with bytes b and c, and
	// every bit when b alone is a stem: most words that share a first byte
	// with a stem differ from every one at the second (SportsWord, asked
	// of every word of a document, took 116 instructions a word).
	next [256]uint64
}

// indexStems returns the index of the stems of lists, none of them empty
// (the lists are the package's own: a bad one stops every program at
// start-up, with this message, before a test could miss it).
func indexStems(lists ...[]string) *stemIndex {
	x := &stemIndex{stems: slices.Concat(lists...)}
	if len(x.stems) > math.MaxUint16 || slices.Contains(x.stems, "") {
		panic("lang/tr: a word list with an empty stem or more than 65,535 stems")
	}
	slices.SortStableFunc(x.stems, func(a, b string) int { return int(a[0]) - int(b[0]) })
	for _, s := range x.stems {
		x.end[s[0]]++
		if len(s) == 1 {
			x.next[s[0]] = ^uint64(0)
		} else {
			x.next[s[0]] |= 1 << (s[1] & 63)
		}
	}
	for b := 1; b < len(x.end); b++ {
		x.end[b] += x.end[b-1]
	}
	return x
}

// startingWith returns the stems that begin with byte b.
func (x *stemIndex) startingWith(b byte) []string {
	lo := uint16(0)
	if b > 0 {
		lo = x.end[b-1]
	}
	return x.stems[lo:x.end[b]]
}

// mayBegin reports whether a stem may begin norm, a word that is not
// empty: whether a stem begins with its first two bytes (next), or it has
// one.
func (x *stemIndex) mayBegin(norm string) bool {
	return len(norm) < 2 || x.next[norm[0]]>>(norm[1]&63)&1 != 0
}

// startsAny reports whether norm, a folded word, begins with one of the
// stems.
func (x *stemIndex) startsAny(norm string) bool {
	if norm == "" || !x.mayBegin(norm) {
		return false
	}
	for _, s := range x.startingWith(norm[0]) {
		if beginsWith(norm, s) {
			return true
		}
	}
	return false
}

// compoundForm reports whether norm is a form of one of the stems, the
// possessive forms of nouns in a compound with the name before them
// (kenti → kentinde), but not the stem's genitive, stem+"n" (şirketin, "of
// the company"), which begins as the locative does and follows a name
// that is not the noun's.
func (x *stemIndex) compoundForm(norm string) bool {
	if norm == "" || !x.mayBegin(norm) {
		return false
	}
	for _, s := range x.startingWith(norm[0]) {
		if beginsWith(norm, s) && !(len(norm) == len(s)+1 && norm[len(s)] == 'n') {
			return true
		}
	}
	return false
}

// The indexes of the word lists asked about by the Turkish methods of
// lang's interfaces.
var (
	orgContextIndex      = indexStems(orgContextStems)
	ownedBeforeIndex     = indexStems(ownedBeforeStems)
	divisionIndex        = indexStems(divisionStems)
	motionIndex          = indexStems(motionStems)
	namedThingIndex      = indexStems(namedThingStems[:])
	orgNounIndex         = indexStems(orgNounStems)
	palaceIndex          = indexStems(palaceHeads[:])
	placeNounIndex       = indexStems(placeNounStems)
	facilityNounIndex    = indexStems(facilityNounStems)
	placePossessionIndex = indexStems(placePossessionStems[:])
	stormIndex           = indexStems(stormHeads[:])
	venueIndex           = indexStems(venueHeads[:])
	facilityIndex        = indexStems(facilityHeads[:])
	thingIndex           = indexStems(thingStems, workHeads) // NamesThing
	sportsIndex          = indexStems(sportsStems)
	orgHeadIndex         = indexStems(orgHeadStems, institutionHeads) // EndsOrganization
	inflectedBodyIndex   = indexStems(inflectedBodyPrefixes)          // NamesBody
)
