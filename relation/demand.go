package relation

// A Pattern needs, in the sentence it starts in, the entities of its
// elements up to its first quote: each takes a unit of its own there (see
// take). Every Pattern of tr, en and ru needs a person or an organization,
// two places, or a quotation: a sentence whose one entity is a place holds
// no match, nor does one with no entity and no quote, and a quarter of the
// words of news stand in such sentences. indexUnits leaves them out: it
// reads no word of theirs that no match can reach, and gives them no set,
// so that no Pattern is tried there.
//
// What a Pattern needs is a demand, a uint64 of eight 8-bit lanes: lane 0
// is 1 where it needs a quotation to open in the sentence (a paired
// opening mark), and lane s, for each set of types s from 1 to allTypes,
// counts its entity elements whose types lie within s. A sentence has, in
// the same lanes, whether a quotation opens in it and how many of its
// entity units have a type within s; by Hall's theorem (the units of one
// type stand in for one another), a Pattern's entity elements can each
// take a unit of their own types iff no lane of the demand exceeds the
// sentence's. Lanes hold at most maxLaneCount, which keeps the test, one
// subtraction a demand, free of borrows from lane to lane.
type sentenceDemands []uint64

const (
	laneHigh     = 0x8080808080808080 // the top bit of every lane
	maxLaneCount = 126
	quoteLane    = 1 // lane 0
)

// typeLanes holds, by a unit's typeSet, the lanes of the sets of types it
// lies within: a 1 in lane s for every s that contains it.
var typeLanes = func() (lanes [allTypes + 1]uint64) {
	for t := typeSet(1); t <= allTypes; t <<= 1 {
		lanes[t] = entityLanes(t)
	}
	return lanes
}()

// entityLanes returns a 1 in lane s for every set of types s from 1 to
// allTypes that contains every type of t (none for no type).
func entityLanes(t typeSet) uint64 {
	var lanes uint64
	for s := typeSet(1); t != 0 && s <= allTypes; s++ {
		if t&^s == 0 {
			lanes |= 1 << (8 * uint(s))
		}
	}
	return lanes
}

// demandOf returns what pat needs in the sentence it starts in: its
// entity elements that are not optional, and its quote if that is not
// optional, up to its first quote, after which a match may go on in a
// later sentence. It may need less than that, never more.
func demandOf(pat *Pattern) uint64 {
	var need uint64
	counted := 0
	for _, e := range pat.Elems {
		switch {
		case e.op == opQuote:
			if !e.opt {
				need |= quoteLane
			}
			return need
		case e.op == opQuoteRest:
			return need // the rest of a quotation, which may lie in a later sentence
		case e.op == opEnt && !e.opt && counted < maxLaneCount:
			need += entityLanes(e.types)
			counted++
		}
	}
	return need
}

// demandsOf returns the demands of patterns, less those another's
// implies (every sentence that meets the other meets them), or nil when
// some Pattern needs nothing: every sentence is then live.
func demandsOf(patterns []Pattern) sentenceDemands {
	var ds sentenceDemands
	for pi := range patterns {
		need := demandOf(&patterns[pi])
		if need == 0 {
			return nil
		}
		implied := false
		for k := 0; k < len(ds) && !implied; k++ {
			switch {
			case meets(need, ds[k]):
				implied = true // ds[k] asks no more than need: a sentence that meets need meets ds[k]
			case meets(ds[k], need):
				ds = append(ds[:k], ds[k+1:]...) // the other way round
				k--
			}
		}
		if !implied {
			ds = append(ds, need)
		}
	}
	return ds
}

// meets reports whether have has, in every lane, at least need's count.
func meets(have, need uint64) bool { return ((have|laneHigh)-need)&laneHigh == laneHigh }

// live reports whether a Pattern may match from a sentence whose entity
// units are ents (of units), and in which a quotation opens if quoted.
// A nil ds has every sentence live.
func (ds sentenceDemands) live(units []unit, ents []int, quoted bool) bool {
	if ds == nil || len(ents) > maxLaneCount {
		return true
	}
	var have uint64
	if quoted {
		have = quoteLane
	}
	for _, i := range ents {
		have += typeLanes[units[i].types]
	}
	for _, need := range ds {
		if meets(have, need) {
			return true
		}
	}
	return false
}
